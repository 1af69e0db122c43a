
use builtin;
use str;

set edit:completion:arg-completer[monitis] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'monitis'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'monitis'= {
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand auth 'Log in, log out, see who you are, reset your keys'
            cand client 'Onboard and manage clients, and see their dashboards'
            cand order 'Sell and manage orders (packages)'
            cand service 'The service catalog and one-time services'
            cand plan 'A client''s plan: totals, each order, services across all packages'
            cand monitor 'Monitors: add, list, show, delete, move between orders'
            cand rum 'Real User Monitoring: pageview usage and rebalancing'
            cand reseller 'The reseller account: standing, branding, extend all clients'
            cand sandbox 'Run and control the local reseller platform'
            cand completions 'Print the completion script for a shell'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'monitis;auth'= {
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand login 'Log in and save the account as a profile (secret key in the OS keyring)'
            cand status 'Who the credentials are, which endpoint, and where the secret is kept'
            cand logout 'Remove the profile and its secrets from the keyring'
            cand reset-key 'New API and secret keys for one''s own account, saved where the old ones were'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'monitis;auth;login'= {
            cand --api-key 'The account''s API key (prompted for when not given)'
            cand --email 'Log in with the account''s email and password instead of keys'
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --secret-key-stdin 'Read the secret key from stdin (instead of a hidden prompt)'
            cand --password-stdin 'With --email: read the password from stdin (instead of a hidden prompt)'
            cand --insecure-storage 'Keep the secret in a file readable only by you, when no keyring works (headless boxes)'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'monitis;auth;status'= {
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'monitis;auth;logout'= {
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'monitis;auth;reset-key'= {
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'monitis;auth;help'= {
            cand login 'Log in and save the account as a profile (secret key in the OS keyring)'
            cand status 'Who the credentials are, which endpoint, and where the secret is kept'
            cand logout 'Remove the profile and its secrets from the keyring'
            cand reset-key 'New API and secret keys for one''s own account, saved where the old ones were'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'monitis;auth;help;login'= {
        }
        &'monitis;auth;help;status'= {
        }
        &'monitis;auth;help;logout'= {
        }
        &'monitis;auth;help;reset-key'= {
        }
        &'monitis;auth;help;help'= {
        }
        &'monitis;client'= {
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Create a client; prints its id, email and apikey'
            cand import 'Create many clients from a CSV file (with a header) or JSON lines'
            cand list 'List the clients (suspended: no active order, or the reseller is unpaid; R1)'
            cand show 'Show a client; with a client''s own credentials, one''s own profile'
            cand edit 'Change a client''s name, email or password; as a client, one''s own'
            cand delete 'Delete a client with its orders, monitors and one-time services (asks first)'
            cand dashboard 'What a client''s dashboard shows: reachable or not (R1), logo and support contact (R4), enabled and disabled buttons and pages, inactive features (R5)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'monitis;client;add'= {
            cand --email 'The client''s email, its login'
            cand --first-name 'first-name'
            cand --last-name 'last-name'
            cand --password-file 'Read the password from a file (one line)'
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --password-stdin 'Read the password from stdin (one line)'
            cand --if-not-exists 'When a client with this email exists, print it and succeed (re-runnable scripts)'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'monitis;client;import'= {
            cand --concurrency 'How many clients are created at the same time'
            cand --password-file 'Read the password from a file (one line)'
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --dry-run 'Check the file, look up which clients exist, and show what would be sent (never the passwords); change nothing'
            cand --password-stdin 'Read the password from stdin (one line)'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'monitis;client;list'= {
            cand --status 'Only the active or the suspended clients'
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'monitis;client;show'= {
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'monitis;client;edit'= {
            cand --email 'New email (the login)'
            cand --first-name 'first-name'
            cand --last-name 'last-name'
            cand --password-file 'Read the password from a file (one line)'
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --password-stdin 'Read the password from stdin (one line)'
            cand --prompt-password 'Ask for a new password on the terminal (hidden, twice)'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'monitis;client;delete'= {
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'monitis;client;dashboard'= {
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'monitis;client;help'= {
            cand add 'Create a client; prints its id, email and apikey'
            cand import 'Create many clients from a CSV file (with a header) or JSON lines'
            cand list 'List the clients (suspended: no active order, or the reseller is unpaid; R1)'
            cand show 'Show a client; with a client''s own credentials, one''s own profile'
            cand edit 'Change a client''s name, email or password; as a client, one''s own'
            cand delete 'Delete a client with its orders, monitors and one-time services (asks first)'
            cand dashboard 'What a client''s dashboard shows: reachable or not (R1), logo and support contact (R4), enabled and disabled buttons and pages, inactive features (R5)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'monitis;client;help;add'= {
        }
        &'monitis;client;help;import'= {
        }
        &'monitis;client;help;list'= {
        }
        &'monitis;client;help;show'= {
        }
        &'monitis;client;help;edit'= {
        }
        &'monitis;client;help;delete'= {
        }
        &'monitis;client;help;dashboard'= {
        }
        &'monitis;client;help;help'= {
        }
        &'monitis;order'= {
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Sell a package to a client (--client): services and quantities, billing, lifetime'
            cand list 'List orders: of one client with --client, else of every client'
            cand show 'Show an order with its services'
            cand suspend 'Suspend an order; its monitors are suspended with it (R9)'
            cand activate 'Activate an order again; its monitors come back, subject to the RUM quota (R6, R9)'
            cand delete 'Delete an order; its monitors are suspended (asks first)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'monitis;order;add'= {
            cand --service 'A package service and its quantity; repeat the option or separate with commas'
            cand --name 'The order''s name, as the client sees it [default: Order]'
            cand --billing-cycle '[default: monthly]'
            cand --start-date 'First day, YYYY-MM-DD [default: today]'
            cand --end-date 'Last day, YYYY-MM-DD; after it and the grace period the order is suspended (R9)'
            cand --grace-days 'Days the order stays active after its end date, 0 to 45 [default: 0]'
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --managed 'Monitors of this order are managed by the provider: read-only for the client (R3)'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'monitis;order;list'= {
            cand --status 'Only orders in this state (deleted orders are listed only this way)'
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'monitis;order;show'= {
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'monitis;order;suspend'= {
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'monitis;order;activate'= {
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'monitis;order;delete'= {
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'monitis;order;help'= {
            cand add 'Sell a package to a client (--client): services and quantities, billing, lifetime'
            cand list 'List orders: of one client with --client, else of every client'
            cand show 'Show an order with its services'
            cand suspend 'Suspend an order; its monitors are suspended with it (R9)'
            cand activate 'Activate an order again; its monitors come back, subject to the RUM quota (R6, R9)'
            cand delete 'Delete an order; its monitors are suspended (asks first)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'monitis;order;help;add'= {
        }
        &'monitis;order;help;list'= {
        }
        &'monitis;order;help;show'= {
        }
        &'monitis;order;help;suspend'= {
        }
        &'monitis;order;help;activate'= {
        }
        &'monitis;order;help;delete'= {
        }
        &'monitis;order;help;help'= {
        }
        &'monitis;service'= {
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'The service catalog: package services (for orders) and one-time services'
            cand buy 'Buy a one-time service for a client (--client), outside any package (R5)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'monitis;service;list'= {
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'monitis;service;buy'= {
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'monitis;service;help'= {
            cand list 'The service catalog: package services (for orders) and one-time services'
            cand buy 'Buy a one-time service for a client (--client), outside any package (R5)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'monitis;service;help;list'= {
        }
        &'monitis;service;help;buy'= {
        }
        &'monitis;service;help;help'= {
        }
        &'monitis;plan'= {
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'The plan of a client (--client), or one''s own with client credentials: per service the total over active orders and what is used; each order; and the services across all packages'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'monitis;plan;show'= {
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'monitis;plan;help'= {
            cand show 'The plan of a client (--client), or one''s own with client credentials: per service the total over active orders and what is used; each order; and the services across all packages'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'monitis;plan;help;show'= {
        }
        &'monitis;plan;help;help'= {
        }
        &'monitis;monitor'= {
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a monitor to an order; it takes one of the order''s slots for its type'
            cand list 'List monitors: the client''s with --client, else every client''s'
            cand show 'Show one monitor'
            cand delete 'Delete monitors (R6 may then reactivate their order''s RUM monitors)'
            cand move 'Move monitors to another order of the same client; a re-run moves nothing twice'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'monitis;monitor;add'= {
            cand --order 'The order the monitor is linked to'
            cand --type 'external, transaction, fullPageLoad, internal or rum'
            cand --name 'A name for people'
            cand --url 'What is checked (for rum: the site''s domain)'
            cand --interval 'Check interval in minutes (1, 3, 5, 10, 15, 20, 30, 40 or 60) [default: the platform''s, 5]'
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'monitis;monitor;list'= {
            cand --order 'Only the monitors of this order'
            cand --type 'Only this type: external, transaction, fullPageLoad, internal or rum'
            cand --status 'Only active or suspended monitors'
            cand --managed 'Only monitors of managed orders (--managed=false: only the others)'
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'monitis;monitor;show'= {
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'monitis;monitor;delete'= {
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'monitis;monitor;move'= {
            cand --to-order 'The order to move to (active, same client, with a free slot)'
            cand --file 'Read the ids from this file ("-": stdin, the default); implies --bulk'
            cand --batch-size 'Monitors per BulkChangeMonitorOrder request (the server re-evaluates the quotas of the orders involved once per request, so fewer, larger requests are faster)'
            cand --concurrency 'Requests in flight at once'
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --bulk 'Move many: ids from --file or stdin, one per line, or the JSON of `monitor list -o json`'
            cand --allow-overflow 'Move RUM monitors even when they push the target over its pageview quota (R6 then suspends the target''s RUM monitors)'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'monitis;monitor;help'= {
            cand add 'Add a monitor to an order; it takes one of the order''s slots for its type'
            cand list 'List monitors: the client''s with --client, else every client''s'
            cand show 'Show one monitor'
            cand delete 'Delete monitors (R6 may then reactivate their order''s RUM monitors)'
            cand move 'Move monitors to another order of the same client; a re-run moves nothing twice'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'monitis;monitor;help;add'= {
        }
        &'monitis;monitor;help;list'= {
        }
        &'monitis;monitor;help;show'= {
        }
        &'monitis;monitor;help;delete'= {
        }
        &'monitis;monitor;help;move'= {
        }
        &'monitis;monitor;help;help'= {
        }
        &'monitis;rum'= {
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand usage 'Pageviews per order: ordered, used, remaining, suspended monitors, and when the order will exceed its quota at this cycle''s rate'
            cand rebalance 'Plan (and with --apply make) the moves that reactivate suspended RUM monitors'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'monitis;rum;usage'= {
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --all-clients 'Every client of the reseller (instead of --client)'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'monitis;rum;rebalance'= {
            cand --headroom 'Keep this percentage of each target''s quota free'
            cand --batch-size 'Monitors per BulkChangeMonitorOrder request (the server re-evaluates the quotas of the orders involved once per request, so fewer, larger requests are faster)'
            cand --concurrency 'Requests in flight at once'
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --all-clients 'Every client of the reseller (instead of --client)'
            cand --apply 'Make the moves (BulkChangeMonitorOrder), then read the usage back'
            cand --mix-managed 'Allow moves between a client''s managed and non-managed orders'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'monitis;rum;help'= {
            cand usage 'Pageviews per order: ordered, used, remaining, suspended monitors, and when the order will exceed its quota at this cycle''s rate'
            cand rebalance 'Plan (and with --apply make) the moves that reactivate suspended RUM monitors'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'monitis;rum;help;usage'= {
        }
        &'monitis;rum;help;rebalance'= {
        }
        &'monitis;rum;help;help'= {
        }
        &'monitis;reseller'= {
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'The reseller account: billing standing and branding'
            cand branding 'The logo and support contact clients see instead of the platform''s (R4)'
            cand extend-all 'After paying, reactivate the orders suspended for non-payment (R8); orders suspended by hand stay suspended'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'monitis;reseller;show'= {
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'monitis;reseller;branding'= {
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Show the branding; unset fields show as `-` (clients then see the platform''s)'
            cand set 'Set or clear the logo and support contact'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'monitis;reseller;branding;show'= {
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'monitis;reseller;branding;set'= {
            cand --logo-url 'Logo shown in shared tabs, shared pages and email reports (http(s) URL)'
            cand --support-email 'support-email'
            cand --support-phone 'support-phone'
            cand --support-url 'Support page (http(s) URL)'
            cand --clear 'Clear fields: logo-url, support-email, support-phone, support-url, or all'
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'monitis;reseller;branding;help'= {
            cand show 'Show the branding; unset fields show as `-` (clients then see the platform''s)'
            cand set 'Set or clear the logo and support contact'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'monitis;reseller;branding;help;show'= {
        }
        &'monitis;reseller;branding;help;set'= {
        }
        &'monitis;reseller;branding;help;help'= {
        }
        &'monitis;reseller;extend-all'= {
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'monitis;reseller;help'= {
            cand show 'The reseller account: billing standing and branding'
            cand branding 'The logo and support contact clients see instead of the platform''s (R4)'
            cand extend-all 'After paying, reactivate the orders suspended for non-payment (R8); orders suspended by hand stay suspended'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'monitis;reseller;help;show'= {
        }
        &'monitis;reseller;help;branding'= {
            cand show 'Show the branding; unset fields show as `-` (clients then see the platform''s)'
            cand set 'Set or clear the logo and support contact'
        }
        &'monitis;reseller;help;branding;show'= {
        }
        &'monitis;reseller;help;branding;set'= {
        }
        &'monitis;reseller;help;extend-all'= {
        }
        &'monitis;reseller;help;help'= {
        }
        &'monitis;sandbox'= {
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create the database (if needed) and a reseller in it; print his keys as JSON'
            cand serve 'Serve the API at /api; the endpoint URL is the first line on stdout'
            cand generate 'Fill a database with generated clients, orders and monitors (fixed seed, same data)'
            cand pageviews 'Count pageviews for a RUM monitor, as if visitors came (R6 applies)'
            cand next-cycle 'Start the next billing cycle of every order: pageviews restart, RUM monitors come back (R6)'
            cand billing 'Mark the reseller paid or unpaid (unpaid suspends every client, R8)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'monitis;sandbox;init'= {
            cand --db 'SQLite database file'
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --demo 'Also seed demo clients, orders, one-time services and monitors'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'monitis;sandbox;serve'= {
            cand --db 'SQLite database file (created by `sandbox init`)'
            cand --listen 'Address to listen on; port 0 picks a free port'
            cand --fault-rate 'Share of requests answered with 503, half before and half after the change'
            cand --fault-seed 'Seed of the fault injection, for repeatable runs (random when absent)'
            cand --latency 'Delay added to every answer, in milliseconds'
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'monitis;sandbox;generate'= {
            cand --db 'SQLite database file (created if needed)'
            cand --clients 'clients'
            cand --orders-per-client 'orders-per-client'
            cand --monitors-per-order 'monitors-per-order'
            cand --seed 'seed'
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'monitis;sandbox;pageviews'= {
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'monitis;sandbox;next-cycle'= {
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'monitis;sandbox;billing'= {
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'monitis;sandbox;help'= {
            cand init 'Create the database (if needed) and a reseller in it; print his keys as JSON'
            cand serve 'Serve the API at /api; the endpoint URL is the first line on stdout'
            cand generate 'Fill a database with generated clients, orders and monitors (fixed seed, same data)'
            cand pageviews 'Count pageviews for a RUM monitor, as if visitors came (R6 applies)'
            cand next-cycle 'Start the next billing cycle of every order: pageviews restart, RUM monitors come back (R6)'
            cand billing 'Mark the reseller paid or unpaid (unpaid suspends every client, R8)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'monitis;sandbox;help;init'= {
        }
        &'monitis;sandbox;help;serve'= {
        }
        &'monitis;sandbox;help;generate'= {
        }
        &'monitis;sandbox;help;pageviews'= {
        }
        &'monitis;sandbox;help;next-cycle'= {
        }
        &'monitis;sandbox;help;billing'= {
        }
        &'monitis;sandbox;help;help'= {
        }
        &'monitis;completions'= {
            cand --profile 'Saved account to use'
            cand --endpoint 'API endpoint [default: the hosted one]'
            cand --auth-mode 'How requests are authenticated [default: token]'
            cand --client 'Act on one client of the reseller: its email, id or apikey'
            cand -o 'Output format [default: table on a terminal, else tsv without header]'
            cand --output 'Output format [default: table on a terminal, else tsv without header]'
            cand --columns 'Choose and order columns (table, csv, tsv) by field name'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --sandbox 'Use the embedded local sandbox: no server, no account'
            cand --no-header 'No header row'
            cand -q 'Less on stderr'
            cand --quiet 'Less on stderr'
            cand -v 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --verbose 'More on stderr (-vv logs HTTP requests, secrets redacted)'
            cand --no-color 'No colour (also NO_COLOR)'
            cand --yes 'Confirm destructive changes without a prompt'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'monitis;help'= {
            cand auth 'Log in, log out, see who you are, reset your keys'
            cand client 'Onboard and manage clients, and see their dashboards'
            cand order 'Sell and manage orders (packages)'
            cand service 'The service catalog and one-time services'
            cand plan 'A client''s plan: totals, each order, services across all packages'
            cand monitor 'Monitors: add, list, show, delete, move between orders'
            cand rum 'Real User Monitoring: pageview usage and rebalancing'
            cand reseller 'The reseller account: standing, branding, extend all clients'
            cand sandbox 'Run and control the local reseller platform'
            cand completions 'Print the completion script for a shell'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'monitis;help;auth'= {
            cand login 'Log in and save the account as a profile (secret key in the OS keyring)'
            cand status 'Who the credentials are, which endpoint, and where the secret is kept'
            cand logout 'Remove the profile and its secrets from the keyring'
            cand reset-key 'New API and secret keys for one''s own account, saved where the old ones were'
        }
        &'monitis;help;auth;login'= {
        }
        &'monitis;help;auth;status'= {
        }
        &'monitis;help;auth;logout'= {
        }
        &'monitis;help;auth;reset-key'= {
        }
        &'monitis;help;client'= {
            cand add 'Create a client; prints its id, email and apikey'
            cand import 'Create many clients from a CSV file (with a header) or JSON lines'
            cand list 'List the clients (suspended: no active order, or the reseller is unpaid; R1)'
            cand show 'Show a client; with a client''s own credentials, one''s own profile'
            cand edit 'Change a client''s name, email or password; as a client, one''s own'
            cand delete 'Delete a client with its orders, monitors and one-time services (asks first)'
            cand dashboard 'What a client''s dashboard shows: reachable or not (R1), logo and support contact (R4), enabled and disabled buttons and pages, inactive features (R5)'
        }
        &'monitis;help;client;add'= {
        }
        &'monitis;help;client;import'= {
        }
        &'monitis;help;client;list'= {
        }
        &'monitis;help;client;show'= {
        }
        &'monitis;help;client;edit'= {
        }
        &'monitis;help;client;delete'= {
        }
        &'monitis;help;client;dashboard'= {
        }
        &'monitis;help;order'= {
            cand add 'Sell a package to a client (--client): services and quantities, billing, lifetime'
            cand list 'List orders: of one client with --client, else of every client'
            cand show 'Show an order with its services'
            cand suspend 'Suspend an order; its monitors are suspended with it (R9)'
            cand activate 'Activate an order again; its monitors come back, subject to the RUM quota (R6, R9)'
            cand delete 'Delete an order; its monitors are suspended (asks first)'
        }
        &'monitis;help;order;add'= {
        }
        &'monitis;help;order;list'= {
        }
        &'monitis;help;order;show'= {
        }
        &'monitis;help;order;suspend'= {
        }
        &'monitis;help;order;activate'= {
        }
        &'monitis;help;order;delete'= {
        }
        &'monitis;help;service'= {
            cand list 'The service catalog: package services (for orders) and one-time services'
            cand buy 'Buy a one-time service for a client (--client), outside any package (R5)'
        }
        &'monitis;help;service;list'= {
        }
        &'monitis;help;service;buy'= {
        }
        &'monitis;help;plan'= {
            cand show 'The plan of a client (--client), or one''s own with client credentials: per service the total over active orders and what is used; each order; and the services across all packages'
        }
        &'monitis;help;plan;show'= {
        }
        &'monitis;help;monitor'= {
            cand add 'Add a monitor to an order; it takes one of the order''s slots for its type'
            cand list 'List monitors: the client''s with --client, else every client''s'
            cand show 'Show one monitor'
            cand delete 'Delete monitors (R6 may then reactivate their order''s RUM monitors)'
            cand move 'Move monitors to another order of the same client; a re-run moves nothing twice'
        }
        &'monitis;help;monitor;add'= {
        }
        &'monitis;help;monitor;list'= {
        }
        &'monitis;help;monitor;show'= {
        }
        &'monitis;help;monitor;delete'= {
        }
        &'monitis;help;monitor;move'= {
        }
        &'monitis;help;rum'= {
            cand usage 'Pageviews per order: ordered, used, remaining, suspended monitors, and when the order will exceed its quota at this cycle''s rate'
            cand rebalance 'Plan (and with --apply make) the moves that reactivate suspended RUM monitors'
        }
        &'monitis;help;rum;usage'= {
        }
        &'monitis;help;rum;rebalance'= {
        }
        &'monitis;help;reseller'= {
            cand show 'The reseller account: billing standing and branding'
            cand branding 'The logo and support contact clients see instead of the platform''s (R4)'
            cand extend-all 'After paying, reactivate the orders suspended for non-payment (R8); orders suspended by hand stay suspended'
        }
        &'monitis;help;reseller;show'= {
        }
        &'monitis;help;reseller;branding'= {
            cand show 'Show the branding; unset fields show as `-` (clients then see the platform''s)'
            cand set 'Set or clear the logo and support contact'
        }
        &'monitis;help;reseller;branding;show'= {
        }
        &'monitis;help;reseller;branding;set'= {
        }
        &'monitis;help;reseller;extend-all'= {
        }
        &'monitis;help;sandbox'= {
            cand init 'Create the database (if needed) and a reseller in it; print his keys as JSON'
            cand serve 'Serve the API at /api; the endpoint URL is the first line on stdout'
            cand generate 'Fill a database with generated clients, orders and monitors (fixed seed, same data)'
            cand pageviews 'Count pageviews for a RUM monitor, as if visitors came (R6 applies)'
            cand next-cycle 'Start the next billing cycle of every order: pageviews restart, RUM monitors come back (R6)'
            cand billing 'Mark the reseller paid or unpaid (unpaid suspends every client, R8)'
        }
        &'monitis;help;sandbox;init'= {
        }
        &'monitis;help;sandbox;serve'= {
        }
        &'monitis;help;sandbox;generate'= {
        }
        &'monitis;help;sandbox;pageviews'= {
        }
        &'monitis;help;sandbox;next-cycle'= {
        }
        &'monitis;help;sandbox;billing'= {
        }
        &'monitis;help;completions'= {
        }
        &'monitis;help;help'= {
        }
    ]
    $completions[$command]
}
