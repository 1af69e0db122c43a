
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'monitis' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'monitis'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'monitis' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Log in, log out, see who you are, reset your keys')
            [CompletionResult]::new('client', 'client', [CompletionResultType]::ParameterValue, 'Onboard and manage clients, and see their dashboards')
            [CompletionResult]::new('order', 'order', [CompletionResultType]::ParameterValue, 'Sell and manage orders (packages)')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'The service catalog and one-time services')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'A client''s plan: totals, each order, services across all packages')
            [CompletionResult]::new('monitor', 'monitor', [CompletionResultType]::ParameterValue, 'Monitors: add, list, show, delete, move between orders')
            [CompletionResult]::new('rum', 'rum', [CompletionResultType]::ParameterValue, 'Real User Monitoring: pageview usage and rebalancing')
            [CompletionResult]::new('reseller', 'reseller', [CompletionResultType]::ParameterValue, 'The reseller account: standing, branding, extend all clients')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Run and control the local reseller platform')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the completion script for a shell')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'monitis;auth' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in and save the account as a profile (secret key in the OS keyring)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Who the credentials are, which endpoint, and where the secret is kept')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the profile and its secrets from the keyring')
            [CompletionResult]::new('reset-key', 'reset-key', [CompletionResultType]::ParameterValue, 'New API and secret keys for one''s own account, saved where the old ones were')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'monitis;auth;login' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'The account''s API key (prompted for when not given)')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Log in with the account''s email and password instead of keys')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--secret-key-stdin', '--secret-key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from stdin (instead of a hidden prompt)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'With --email: read the password from stdin (instead of a hidden prompt)')
            [CompletionResult]::new('--insecure-storage', '--insecure-storage', [CompletionResultType]::ParameterName, 'Keep the secret in a file readable only by you, when no keyring works (headless boxes)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'monitis;auth;status' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'monitis;auth;logout' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'monitis;auth;reset-key' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'monitis;auth;help' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in and save the account as a profile (secret key in the OS keyring)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Who the credentials are, which endpoint, and where the secret is kept')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the profile and its secrets from the keyring')
            [CompletionResult]::new('reset-key', 'reset-key', [CompletionResultType]::ParameterValue, 'New API and secret keys for one''s own account, saved where the old ones were')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'monitis;auth;help;login' {
            break
        }
        'monitis;auth;help;status' {
            break
        }
        'monitis;auth;help;logout' {
            break
        }
        'monitis;auth;help;reset-key' {
            break
        }
        'monitis;auth;help;help' {
            break
        }
        'monitis;client' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create a client; prints its id, email and apikey')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Create many clients from a CSV file (with a header) or JSON lines')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the clients (suspended: no active order, or the reseller is unpaid; R1)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a client; with a client''s own credentials, one''s own profile')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a client''s name, email or password; as a client, one''s own')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a client with its orders, monitors and one-time services (asks first)')
            [CompletionResult]::new('dashboard', 'dashboard', [CompletionResultType]::ParameterValue, 'What a client''s dashboard shows: reachable or not (R1), logo and support contact (R4), enabled and disabled buttons and pages, inactive features (R5)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'monitis;client;add' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The client''s email, its login')
            [CompletionResult]::new('--first-name', '--first-name', [CompletionResultType]::ParameterName, 'first-name')
            [CompletionResult]::new('--last-name', '--last-name', [CompletionResultType]::ParameterName, 'last-name')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from a file (one line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from stdin (one line)')
            [CompletionResult]::new('--if-not-exists', '--if-not-exists', [CompletionResultType]::ParameterName, 'When a client with this email exists, print it and succeed (re-runnable scripts)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'monitis;client;import' {
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many clients are created at the same time')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from a file (one line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the file, look up which clients exist, and show what would be sent (never the passwords); change nothing')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from stdin (one line)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'monitis;client;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only the active or the suspended clients')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'monitis;client;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'monitis;client;edit' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'New email (the login)')
            [CompletionResult]::new('--first-name', '--first-name', [CompletionResultType]::ParameterName, 'first-name')
            [CompletionResult]::new('--last-name', '--last-name', [CompletionResultType]::ParameterName, 'last-name')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from a file (one line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from stdin (one line)')
            [CompletionResult]::new('--prompt-password', '--prompt-password', [CompletionResultType]::ParameterName, 'Ask for a new password on the terminal (hidden, twice)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'monitis;client;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'monitis;client;dashboard' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'monitis;client;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create a client; prints its id, email and apikey')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Create many clients from a CSV file (with a header) or JSON lines')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the clients (suspended: no active order, or the reseller is unpaid; R1)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a client; with a client''s own credentials, one''s own profile')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a client''s name, email or password; as a client, one''s own')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a client with its orders, monitors and one-time services (asks first)')
            [CompletionResult]::new('dashboard', 'dashboard', [CompletionResultType]::ParameterValue, 'What a client''s dashboard shows: reachable or not (R1), logo and support contact (R4), enabled and disabled buttons and pages, inactive features (R5)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'monitis;client;help;add' {
            break
        }
        'monitis;client;help;import' {
            break
        }
        'monitis;client;help;list' {
            break
        }
        'monitis;client;help;show' {
            break
        }
        'monitis;client;help;edit' {
            break
        }
        'monitis;client;help;delete' {
            break
        }
        'monitis;client;help;dashboard' {
            break
        }
        'monitis;client;help;help' {
            break
        }
        'monitis;order' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Sell a package to a client (--client): services and quantities, billing, lifetime')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List orders: of one client with --client, else of every client')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an order with its services')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend an order; its monitors are suspended with it (R9)')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Activate an order again; its monitors come back, subject to the RUM quota (R6, R9)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an order; its monitors are suspended (asks first)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'monitis;order;add' {
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'A package service and its quantity; repeat the option or separate with commas')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The order''s name, as the client sees it [default: Order]')
            [CompletionResult]::new('--billing-cycle', '--billing-cycle', [CompletionResultType]::ParameterName, '[default: monthly]')
            [CompletionResult]::new('--start-date', '--start-date', [CompletionResultType]::ParameterName, 'First day, YYYY-MM-DD [default: today]')
            [CompletionResult]::new('--end-date', '--end-date', [CompletionResultType]::ParameterName, 'Last day, YYYY-MM-DD; after it and the grace period the order is suspended (R9)')
            [CompletionResult]::new('--grace-days', '--grace-days', [CompletionResultType]::ParameterName, 'Days the order stays active after its end date, 0 to 45 [default: 0]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--managed', '--managed', [CompletionResultType]::ParameterName, 'Monitors of this order are managed by the provider: read-only for the client (R3)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'monitis;order;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only orders in this state (deleted orders are listed only this way)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'monitis;order;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'monitis;order;suspend' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'monitis;order;activate' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'monitis;order;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'monitis;order;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Sell a package to a client (--client): services and quantities, billing, lifetime')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List orders: of one client with --client, else of every client')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an order with its services')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend an order; its monitors are suspended with it (R9)')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Activate an order again; its monitors come back, subject to the RUM quota (R6, R9)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an order; its monitors are suspended (asks first)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'monitis;order;help;add' {
            break
        }
        'monitis;order;help;list' {
            break
        }
        'monitis;order;help;show' {
            break
        }
        'monitis;order;help;suspend' {
            break
        }
        'monitis;order;help;activate' {
            break
        }
        'monitis;order;help;delete' {
            break
        }
        'monitis;order;help;help' {
            break
        }
        'monitis;service' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The service catalog: package services (for orders) and one-time services')
            [CompletionResult]::new('buy', 'buy', [CompletionResultType]::ParameterValue, 'Buy a one-time service for a client (--client), outside any package (R5)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'monitis;service;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'monitis;service;buy' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'monitis;service;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The service catalog: package services (for orders) and one-time services')
            [CompletionResult]::new('buy', 'buy', [CompletionResultType]::ParameterValue, 'Buy a one-time service for a client (--client), outside any package (R5)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'monitis;service;help;list' {
            break
        }
        'monitis;service;help;buy' {
            break
        }
        'monitis;service;help;help' {
            break
        }
        'monitis;plan' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The plan of a client (--client), or one''s own with client credentials: per service the total over active orders and what is used; each order; and the services across all packages')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'monitis;plan;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'monitis;plan;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The plan of a client (--client), or one''s own with client credentials: per service the total over active orders and what is used; each order; and the services across all packages')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'monitis;plan;help;show' {
            break
        }
        'monitis;plan;help;help' {
            break
        }
        'monitis;monitor' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a monitor to an order; it takes one of the order''s slots for its type')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List monitors: the client''s with --client, else every client''s')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one monitor')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete monitors (R6 may then reactivate their order''s RUM monitors)')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move monitors to another order of the same client; a re-run moves nothing twice')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'monitis;monitor;add' {
            [CompletionResult]::new('--order', '--order', [CompletionResultType]::ParameterName, 'The order the monitor is linked to')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'external, transaction, fullPageLoad, internal or rum')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A name for people')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'What is checked (for rum: the site''s domain)')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Check interval in minutes (1, 3, 5, 10, 15, 20, 30, 40 or 60) [default: the platform''s, 5]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'monitis;monitor;list' {
            [CompletionResult]::new('--order', '--order', [CompletionResultType]::ParameterName, 'Only the monitors of this order')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only this type: external, transaction, fullPageLoad, internal or rum')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only active or suspended monitors')
            [CompletionResult]::new('--managed', '--managed', [CompletionResultType]::ParameterName, 'Only monitors of managed orders (--managed=false: only the others)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'monitis;monitor;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'monitis;monitor;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'monitis;monitor;move' {
            [CompletionResult]::new('--to-order', '--to-order', [CompletionResultType]::ParameterName, 'The order to move to (active, same client, with a free slot)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the ids from this file ("-": stdin, the default); implies --bulk')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Monitors per BulkChangeMonitorOrder request (the server re-evaluates the quotas of the orders involved once per request, so fewer, larger requests are faster)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--bulk', '--bulk', [CompletionResultType]::ParameterName, 'Move many: ids from --file or stdin, one per line, or the JSON of `monitor list -o json`')
            [CompletionResult]::new('--allow-overflow', '--allow-overflow', [CompletionResultType]::ParameterName, 'Move RUM monitors even when they push the target over its pageview quota (R6 then suspends the target''s RUM monitors)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'monitis;monitor;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a monitor to an order; it takes one of the order''s slots for its type')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List monitors: the client''s with --client, else every client''s')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one monitor')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete monitors (R6 may then reactivate their order''s RUM monitors)')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move monitors to another order of the same client; a re-run moves nothing twice')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'monitis;monitor;help;add' {
            break
        }
        'monitis;monitor;help;list' {
            break
        }
        'monitis;monitor;help;show' {
            break
        }
        'monitis;monitor;help;delete' {
            break
        }
        'monitis;monitor;help;move' {
            break
        }
        'monitis;monitor;help;help' {
            break
        }
        'monitis;rum' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'Pageviews per order: ordered, used, remaining, suspended monitors, and when the order will exceed its quota at this cycle''s rate')
            [CompletionResult]::new('rebalance', 'rebalance', [CompletionResultType]::ParameterValue, 'Plan (and with --apply make) the moves that reactivate suspended RUM monitors')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'monitis;rum;usage' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--all-clients', '--all-clients', [CompletionResultType]::ParameterName, 'Every client of the reseller (instead of --client)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'monitis;rum;rebalance' {
            [CompletionResult]::new('--headroom', '--headroom', [CompletionResultType]::ParameterName, 'Keep this percentage of each target''s quota free')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Monitors per BulkChangeMonitorOrder request (the server re-evaluates the quotas of the orders involved once per request, so fewer, larger requests are faster)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--all-clients', '--all-clients', [CompletionResultType]::ParameterName, 'Every client of the reseller (instead of --client)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Make the moves (BulkChangeMonitorOrder), then read the usage back')
            [CompletionResult]::new('--mix-managed', '--mix-managed', [CompletionResultType]::ParameterName, 'Allow moves between a client''s managed and non-managed orders')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'monitis;rum;help' {
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'Pageviews per order: ordered, used, remaining, suspended monitors, and when the order will exceed its quota at this cycle''s rate')
            [CompletionResult]::new('rebalance', 'rebalance', [CompletionResultType]::ParameterValue, 'Plan (and with --apply make) the moves that reactivate suspended RUM monitors')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'monitis;rum;help;usage' {
            break
        }
        'monitis;rum;help;rebalance' {
            break
        }
        'monitis;rum;help;help' {
            break
        }
        'monitis;reseller' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The reseller account: billing standing and branding')
            [CompletionResult]::new('branding', 'branding', [CompletionResultType]::ParameterValue, 'The logo and support contact clients see instead of the platform''s (R4)')
            [CompletionResult]::new('extend-all', 'extend-all', [CompletionResultType]::ParameterValue, 'After paying, reactivate the orders suspended for non-payment (R8); orders suspended by hand stay suspended')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'monitis;reseller;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'monitis;reseller;branding' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the branding; unset fields show as `-` (clients then see the platform''s)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set or clear the logo and support contact')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'monitis;reseller;branding;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'monitis;reseller;branding;set' {
            [CompletionResult]::new('--logo-url', '--logo-url', [CompletionResultType]::ParameterName, 'Logo shown in shared tabs, shared pages and email reports (http(s) URL)')
            [CompletionResult]::new('--support-email', '--support-email', [CompletionResultType]::ParameterName, 'support-email')
            [CompletionResult]::new('--support-phone', '--support-phone', [CompletionResultType]::ParameterName, 'support-phone')
            [CompletionResult]::new('--support-url', '--support-url', [CompletionResultType]::ParameterName, 'Support page (http(s) URL)')
            [CompletionResult]::new('--clear', '--clear', [CompletionResultType]::ParameterName, 'Clear fields: logo-url, support-email, support-phone, support-url, or all')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'monitis;reseller;branding;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the branding; unset fields show as `-` (clients then see the platform''s)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set or clear the logo and support contact')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'monitis;reseller;branding;help;show' {
            break
        }
        'monitis;reseller;branding;help;set' {
            break
        }
        'monitis;reseller;branding;help;help' {
            break
        }
        'monitis;reseller;extend-all' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'monitis;reseller;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The reseller account: billing standing and branding')
            [CompletionResult]::new('branding', 'branding', [CompletionResultType]::ParameterValue, 'The logo and support contact clients see instead of the platform''s (R4)')
            [CompletionResult]::new('extend-all', 'extend-all', [CompletionResultType]::ParameterValue, 'After paying, reactivate the orders suspended for non-payment (R8); orders suspended by hand stay suspended')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'monitis;reseller;help;show' {
            break
        }
        'monitis;reseller;help;branding' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the branding; unset fields show as `-` (clients then see the platform''s)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set or clear the logo and support contact')
            break
        }
        'monitis;reseller;help;branding;show' {
            break
        }
        'monitis;reseller;help;branding;set' {
            break
        }
        'monitis;reseller;help;extend-all' {
            break
        }
        'monitis;reseller;help;help' {
            break
        }
        'monitis;sandbox' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the database (if needed) and a reseller in it; print his keys as JSON')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the API at /api; the endpoint URL is the first line on stdout')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Fill a database with generated clients, orders and monitors (fixed seed, same data)')
            [CompletionResult]::new('pageviews', 'pageviews', [CompletionResultType]::ParameterValue, 'Count pageviews for a RUM monitor, as if visitors came (R6 applies)')
            [CompletionResult]::new('next-cycle', 'next-cycle', [CompletionResultType]::ParameterValue, 'Start the next billing cycle of every order: pageviews restart, RUM monitors come back (R6)')
            [CompletionResult]::new('billing', 'billing', [CompletionResultType]::ParameterValue, 'Mark the reseller paid or unpaid (unpaid suspends every client, R8)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'monitis;sandbox;init' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Also seed demo clients, orders, one-time services and monitors')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'monitis;sandbox;serve' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (created by `sandbox init`)')
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to listen on; port 0 picks a free port')
            [CompletionResult]::new('--fault-rate', '--fault-rate', [CompletionResultType]::ParameterName, 'Share of requests answered with 503, half before and half after the change')
            [CompletionResult]::new('--fault-seed', '--fault-seed', [CompletionResultType]::ParameterName, 'Seed of the fault injection, for repeatable runs (random when absent)')
            [CompletionResult]::new('--latency', '--latency', [CompletionResultType]::ParameterName, 'Delay added to every answer, in milliseconds')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'monitis;sandbox;generate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (created if needed)')
            [CompletionResult]::new('--clients', '--clients', [CompletionResultType]::ParameterName, 'clients')
            [CompletionResult]::new('--orders-per-client', '--orders-per-client', [CompletionResultType]::ParameterName, 'orders-per-client')
            [CompletionResult]::new('--monitors-per-order', '--monitors-per-order', [CompletionResultType]::ParameterName, 'monitors-per-order')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'seed')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'monitis;sandbox;pageviews' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'monitis;sandbox;next-cycle' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'monitis;sandbox;billing' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'monitis;sandbox;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the database (if needed) and a reseller in it; print his keys as JSON')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the API at /api; the endpoint URL is the first line on stdout')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Fill a database with generated clients, orders and monitors (fixed seed, same data)')
            [CompletionResult]::new('pageviews', 'pageviews', [CompletionResultType]::ParameterValue, 'Count pageviews for a RUM monitor, as if visitors came (R6 applies)')
            [CompletionResult]::new('next-cycle', 'next-cycle', [CompletionResultType]::ParameterValue, 'Start the next billing cycle of every order: pageviews restart, RUM monitors come back (R6)')
            [CompletionResult]::new('billing', 'billing', [CompletionResultType]::ParameterValue, 'Mark the reseller paid or unpaid (unpaid suspends every client, R8)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'monitis;sandbox;help;init' {
            break
        }
        'monitis;sandbox;help;serve' {
            break
        }
        'monitis;sandbox;help;generate' {
            break
        }
        'monitis;sandbox;help;pageviews' {
            break
        }
        'monitis;sandbox;help;next-cycle' {
            break
        }
        'monitis;sandbox;help;billing' {
            break
        }
        'monitis;sandbox;help;help' {
            break
        }
        'monitis;completions' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved account to use')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [default: the hosted one]')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'How requests are authenticated [default: token]')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Act on one client of the reseller: its email, id or apikey')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, else tsv without header]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Choose and order columns (table, csv, tsv) by field name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded local sandbox: no server, no account')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'No header row')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv logs HTTP requests, secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also NO_COLOR)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive changes without a prompt')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'monitis;help' {
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Log in, log out, see who you are, reset your keys')
            [CompletionResult]::new('client', 'client', [CompletionResultType]::ParameterValue, 'Onboard and manage clients, and see their dashboards')
            [CompletionResult]::new('order', 'order', [CompletionResultType]::ParameterValue, 'Sell and manage orders (packages)')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'The service catalog and one-time services')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'A client''s plan: totals, each order, services across all packages')
            [CompletionResult]::new('monitor', 'monitor', [CompletionResultType]::ParameterValue, 'Monitors: add, list, show, delete, move between orders')
            [CompletionResult]::new('rum', 'rum', [CompletionResultType]::ParameterValue, 'Real User Monitoring: pageview usage and rebalancing')
            [CompletionResult]::new('reseller', 'reseller', [CompletionResultType]::ParameterValue, 'The reseller account: standing, branding, extend all clients')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Run and control the local reseller platform')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the completion script for a shell')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'monitis;help;auth' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in and save the account as a profile (secret key in the OS keyring)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Who the credentials are, which endpoint, and where the secret is kept')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the profile and its secrets from the keyring')
            [CompletionResult]::new('reset-key', 'reset-key', [CompletionResultType]::ParameterValue, 'New API and secret keys for one''s own account, saved where the old ones were')
            break
        }
        'monitis;help;auth;login' {
            break
        }
        'monitis;help;auth;status' {
            break
        }
        'monitis;help;auth;logout' {
            break
        }
        'monitis;help;auth;reset-key' {
            break
        }
        'monitis;help;client' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create a client; prints its id, email and apikey')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Create many clients from a CSV file (with a header) or JSON lines')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the clients (suspended: no active order, or the reseller is unpaid; R1)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a client; with a client''s own credentials, one''s own profile')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a client''s name, email or password; as a client, one''s own')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a client with its orders, monitors and one-time services (asks first)')
            [CompletionResult]::new('dashboard', 'dashboard', [CompletionResultType]::ParameterValue, 'What a client''s dashboard shows: reachable or not (R1), logo and support contact (R4), enabled and disabled buttons and pages, inactive features (R5)')
            break
        }
        'monitis;help;client;add' {
            break
        }
        'monitis;help;client;import' {
            break
        }
        'monitis;help;client;list' {
            break
        }
        'monitis;help;client;show' {
            break
        }
        'monitis;help;client;edit' {
            break
        }
        'monitis;help;client;delete' {
            break
        }
        'monitis;help;client;dashboard' {
            break
        }
        'monitis;help;order' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Sell a package to a client (--client): services and quantities, billing, lifetime')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List orders: of one client with --client, else of every client')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an order with its services')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend an order; its monitors are suspended with it (R9)')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Activate an order again; its monitors come back, subject to the RUM quota (R6, R9)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an order; its monitors are suspended (asks first)')
            break
        }
        'monitis;help;order;add' {
            break
        }
        'monitis;help;order;list' {
            break
        }
        'monitis;help;order;show' {
            break
        }
        'monitis;help;order;suspend' {
            break
        }
        'monitis;help;order;activate' {
            break
        }
        'monitis;help;order;delete' {
            break
        }
        'monitis;help;service' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The service catalog: package services (for orders) and one-time services')
            [CompletionResult]::new('buy', 'buy', [CompletionResultType]::ParameterValue, 'Buy a one-time service for a client (--client), outside any package (R5)')
            break
        }
        'monitis;help;service;list' {
            break
        }
        'monitis;help;service;buy' {
            break
        }
        'monitis;help;plan' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The plan of a client (--client), or one''s own with client credentials: per service the total over active orders and what is used; each order; and the services across all packages')
            break
        }
        'monitis;help;plan;show' {
            break
        }
        'monitis;help;monitor' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a monitor to an order; it takes one of the order''s slots for its type')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List monitors: the client''s with --client, else every client''s')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one monitor')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete monitors (R6 may then reactivate their order''s RUM monitors)')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move monitors to another order of the same client; a re-run moves nothing twice')
            break
        }
        'monitis;help;monitor;add' {
            break
        }
        'monitis;help;monitor;list' {
            break
        }
        'monitis;help;monitor;show' {
            break
        }
        'monitis;help;monitor;delete' {
            break
        }
        'monitis;help;monitor;move' {
            break
        }
        'monitis;help;rum' {
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'Pageviews per order: ordered, used, remaining, suspended monitors, and when the order will exceed its quota at this cycle''s rate')
            [CompletionResult]::new('rebalance', 'rebalance', [CompletionResultType]::ParameterValue, 'Plan (and with --apply make) the moves that reactivate suspended RUM monitors')
            break
        }
        'monitis;help;rum;usage' {
            break
        }
        'monitis;help;rum;rebalance' {
            break
        }
        'monitis;help;reseller' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The reseller account: billing standing and branding')
            [CompletionResult]::new('branding', 'branding', [CompletionResultType]::ParameterValue, 'The logo and support contact clients see instead of the platform''s (R4)')
            [CompletionResult]::new('extend-all', 'extend-all', [CompletionResultType]::ParameterValue, 'After paying, reactivate the orders suspended for non-payment (R8); orders suspended by hand stay suspended')
            break
        }
        'monitis;help;reseller;show' {
            break
        }
        'monitis;help;reseller;branding' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the branding; unset fields show as `-` (clients then see the platform''s)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set or clear the logo and support contact')
            break
        }
        'monitis;help;reseller;branding;show' {
            break
        }
        'monitis;help;reseller;branding;set' {
            break
        }
        'monitis;help;reseller;extend-all' {
            break
        }
        'monitis;help;sandbox' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the database (if needed) and a reseller in it; print his keys as JSON')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the API at /api; the endpoint URL is the first line on stdout')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Fill a database with generated clients, orders and monitors (fixed seed, same data)')
            [CompletionResult]::new('pageviews', 'pageviews', [CompletionResultType]::ParameterValue, 'Count pageviews for a RUM monitor, as if visitors came (R6 applies)')
            [CompletionResult]::new('next-cycle', 'next-cycle', [CompletionResultType]::ParameterValue, 'Start the next billing cycle of every order: pageviews restart, RUM monitors come back (R6)')
            [CompletionResult]::new('billing', 'billing', [CompletionResultType]::ParameterValue, 'Mark the reseller paid or unpaid (unpaid suspends every client, R8)')
            break
        }
        'monitis;help;sandbox;init' {
            break
        }
        'monitis;help;sandbox;serve' {
            break
        }
        'monitis;help;sandbox;generate' {
            break
        }
        'monitis;help;sandbox;pageviews' {
            break
        }
        'monitis;help;sandbox;next-cycle' {
            break
        }
        'monitis;help;sandbox;billing' {
            break
        }
        'monitis;help;completions' {
            break
        }
        'monitis;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
