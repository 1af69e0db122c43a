# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_monitis_global_optspecs
    string join \n profile= endpoint= auth-mode= sandbox client= o/output= columns= no-header jq= q/quiet v/verbose no-color yes timeout= h/help V/version
end

function __fish_monitis_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_monitis_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_monitis_using_subcommand
    set -l cmd (__fish_monitis_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c monitis -n "__fish_monitis_needs_command" -l profile -d 'Saved account to use' -r
complete -c monitis -n "__fish_monitis_needs_command" -l endpoint -d 'API endpoint [default: the hosted one]' -r
complete -c monitis -n "__fish_monitis_needs_command" -l auth-mode -d 'How requests are authenticated [default: token]' -r -f -a "token\t''
checksum\t''"
complete -c monitis -n "__fish_monitis_needs_command" -l client -d 'Act on one client of the reseller: its email, id or apikey' -r
complete -c monitis -n "__fish_monitis_needs_command" -s o -l output -d 'Output format [default: table on a terminal, else tsv without header]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c monitis -n "__fish_monitis_needs_command" -l columns -d 'Choose and order columns (table, csv, tsv) by field name' -r
complete -c monitis -n "__fish_monitis_needs_command" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c monitis -n "__fish_monitis_needs_command" -l timeout -d 'Give up after this long, all requests and retries included: 90, 90s, 5m, 1h [default: 60s; 10m for client import, monitor move --bulk, rum rebalance]' -r
complete -c monitis -n "__fish_monitis_needs_command" -l sandbox -d 'Use the embedded local sandbox: no server, no account'
complete -c monitis -n "__fish_monitis_needs_command" -l no-header -d 'No header row'
complete -c monitis -n "__fish_monitis_needs_command" -s q -l quiet -d 'Less on stderr'
complete -c monitis -n "__fish_monitis_needs_command" -s v -l verbose -d 'More on stderr (-vv logs HTTP requests, secrets redacted)'
complete -c monitis -n "__fish_monitis_needs_command" -l no-color -d 'No colour (also NO_COLOR)'
complete -c monitis -n "__fish_monitis_needs_command" -l yes -d 'Confirm destructive changes without a prompt'
complete -c monitis -n "__fish_monitis_needs_command" -s h -l help -d 'Print help'
complete -c monitis -n "__fish_monitis_needs_command" -s V -l version -d 'Print version'
complete -c monitis -n "__fish_monitis_needs_command" -f -a "auth" -d 'Log in, log out, see who you are, reset your keys'
complete -c monitis -n "__fish_monitis_needs_command" -f -a "client" -d 'Onboard and manage clients, and see their dashboards'
complete -c monitis -n "__fish_monitis_needs_command" -f -a "order" -d 'Sell and manage orders (packages)'
complete -c monitis -n "__fish_monitis_needs_command" -f -a "service" -d 'The service catalog and one-time services'
complete -c monitis -n "__fish_monitis_needs_command" -f -a "plan" -d 'A client\'s plan: totals, each order, services across all packages'
complete -c monitis -n "__fish_monitis_needs_command" -f -a "monitor" -d 'Monitors: add, list, show, delete, move between orders'
complete -c monitis -n "__fish_monitis_needs_command" -f -a "rum" -d 'Real User Monitoring: pageview usage and rebalancing'
complete -c monitis -n "__fish_monitis_needs_command" -f -a "reseller" -d 'The reseller account: standing, branding, extend all clients'
complete -c monitis -n "__fish_monitis_needs_command" -f -a "sandbox" -d 'Run and control the local reseller platform'
complete -c monitis -n "__fish_monitis_needs_command" -f -a "completions" -d 'Print the completion script for a shell'
complete -c monitis -n "__fish_monitis_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and not __fish_seen_subcommand_from login status logout reset-key help" -l profile -d 'Saved account to use' -r
complete -c monitis -n "__fish_monitis_using_subcommand auth; and not __fish_seen_subcommand_from login status logout reset-key help" -l endpoint -d 'API endpoint [default: the hosted one]' -r
complete -c monitis -n "__fish_monitis_using_subcommand auth; and not __fish_seen_subcommand_from login status logout reset-key help" -l auth-mode -d 'How requests are authenticated [default: token]' -r -f -a "token\t''
checksum\t''"
complete -c monitis -n "__fish_monitis_using_subcommand auth; and not __fish_seen_subcommand_from login status logout reset-key help" -l client -d 'Act on one client of the reseller: its email, id or apikey' -r
complete -c monitis -n "__fish_monitis_using_subcommand auth; and not __fish_seen_subcommand_from login status logout reset-key help" -s o -l output -d 'Output format [default: table on a terminal, else tsv without header]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c monitis -n "__fish_monitis_using_subcommand auth; and not __fish_seen_subcommand_from login status logout reset-key help" -l columns -d 'Choose and order columns (table, csv, tsv) by field name' -r
complete -c monitis -n "__fish_monitis_using_subcommand auth; and not __fish_seen_subcommand_from login status logout reset-key help" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c monitis -n "__fish_monitis_using_subcommand auth; and not __fish_seen_subcommand_from login status logout reset-key help" -l timeout -d 'Give up after this long, all requests and retries included: 90, 90s, 5m, 1h [default: 60s; 10m for client import, monitor move --bulk, rum rebalance]' -r
complete -c monitis -n "__fish_monitis_using_subcommand auth; and not __fish_seen_subcommand_from login status logout reset-key help" -l sandbox -d 'Use the embedded local sandbox: no server, no account'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and not __fish_seen_subcommand_from login status logout reset-key help" -l no-header -d 'No header row'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and not __fish_seen_subcommand_from login status logout reset-key help" -s q -l quiet -d 'Less on stderr'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and not __fish_seen_subcommand_from login status logout reset-key help" -s v -l verbose -d 'More on stderr (-vv logs HTTP requests, secrets redacted)'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and not __fish_seen_subcommand_from login status logout reset-key help" -l no-color -d 'No colour (also NO_COLOR)'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and not __fish_seen_subcommand_from login status logout reset-key help" -l yes -d 'Confirm destructive changes without a prompt'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and not __fish_seen_subcommand_from login status logout reset-key help" -s h -l help -d 'Print help'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and not __fish_seen_subcommand_from login status logout reset-key help" -s V -l version -d 'Print version'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and not __fish_seen_subcommand_from login status logout reset-key help" -f -a "login" -d 'Log in and save the account as a profile (secret key in the OS keyring)'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and not __fish_seen_subcommand_from login status logout reset-key help" -f -a "status" -d 'Who the credentials are, which endpoint, and where the secret is kept'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and not __fish_seen_subcommand_from login status logout reset-key help" -f -a "logout" -d 'Remove the profile and its secrets from the keyring'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and not __fish_seen_subcommand_from login status logout reset-key help" -f -a "reset-key" -d 'New API and secret keys for one\'s own account, saved where the old ones were'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and not __fish_seen_subcommand_from login status logout reset-key help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from login" -l api-key -d 'The account\'s API key (prompted for when not given)' -r
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from login" -l email -d 'Log in with the account\'s email and password instead of keys' -r
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from login" -l profile -d 'Saved account to use' -r
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from login" -l endpoint -d 'API endpoint [default: the hosted one]' -r
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from login" -l auth-mode -d 'How requests are authenticated [default: token]' -r -f -a "token\t''
checksum\t''"
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from login" -l client -d 'Act on one client of the reseller: its email, id or apikey' -r
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from login" -s o -l output -d 'Output format [default: table on a terminal, else tsv without header]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from login" -l columns -d 'Choose and order columns (table, csv, tsv) by field name' -r
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from login" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from login" -l timeout -d 'Give up after this long, all requests and retries included: 90, 90s, 5m, 1h [default: 60s; 10m for client import, monitor move --bulk, rum rebalance]' -r
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from login" -l secret-key-stdin -d 'Read the secret key from stdin (instead of a hidden prompt)'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from login" -l password-stdin -d 'With --email: read the password from stdin (instead of a hidden prompt)'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from login" -l insecure-storage -d 'Keep the secret in a file readable only by you, when no keyring works (headless boxes)'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from login" -l sandbox -d 'Use the embedded local sandbox: no server, no account'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from login" -l no-header -d 'No header row'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from login" -s q -l quiet -d 'Less on stderr'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from login" -s v -l verbose -d 'More on stderr (-vv logs HTTP requests, secrets redacted)'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from login" -l no-color -d 'No colour (also NO_COLOR)'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from login" -l yes -d 'Confirm destructive changes without a prompt'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from login" -s V -l version -d 'Print version'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from status" -l profile -d 'Saved account to use' -r
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from status" -l endpoint -d 'API endpoint [default: the hosted one]' -r
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from status" -l auth-mode -d 'How requests are authenticated [default: token]' -r -f -a "token\t''
checksum\t''"
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from status" -l client -d 'Act on one client of the reseller: its email, id or apikey' -r
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format [default: table on a terminal, else tsv without header]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from status" -l columns -d 'Choose and order columns (table, csv, tsv) by field name' -r
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from status" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from status" -l timeout -d 'Give up after this long, all requests and retries included: 90, 90s, 5m, 1h [default: 60s; 10m for client import, monitor move --bulk, rum rebalance]' -r
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from status" -l sandbox -d 'Use the embedded local sandbox: no server, no account'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from status" -l no-header -d 'No header row'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Less on stderr'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from status" -s v -l verbose -d 'More on stderr (-vv logs HTTP requests, secrets redacted)'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from status" -l no-color -d 'No colour (also NO_COLOR)'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from status" -l yes -d 'Confirm destructive changes without a prompt'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from logout" -l profile -d 'Saved account to use' -r
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from logout" -l endpoint -d 'API endpoint [default: the hosted one]' -r
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from logout" -l auth-mode -d 'How requests are authenticated [default: token]' -r -f -a "token\t''
checksum\t''"
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from logout" -l client -d 'Act on one client of the reseller: its email, id or apikey' -r
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from logout" -s o -l output -d 'Output format [default: table on a terminal, else tsv without header]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from logout" -l columns -d 'Choose and order columns (table, csv, tsv) by field name' -r
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from logout" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from logout" -l timeout -d 'Give up after this long, all requests and retries included: 90, 90s, 5m, 1h [default: 60s; 10m for client import, monitor move --bulk, rum rebalance]' -r
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from logout" -l sandbox -d 'Use the embedded local sandbox: no server, no account'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from logout" -l no-header -d 'No header row'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from logout" -s q -l quiet -d 'Less on stderr'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from logout" -s v -l verbose -d 'More on stderr (-vv logs HTTP requests, secrets redacted)'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from logout" -l no-color -d 'No colour (also NO_COLOR)'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from logout" -l yes -d 'Confirm destructive changes without a prompt'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from logout" -s h -l help -d 'Print help'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from logout" -s V -l version -d 'Print version'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from reset-key" -l profile -d 'Saved account to use' -r
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from reset-key" -l endpoint -d 'API endpoint [default: the hosted one]' -r
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from reset-key" -l auth-mode -d 'How requests are authenticated [default: token]' -r -f -a "token\t''
checksum\t''"
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from reset-key" -l client -d 'Act on one client of the reseller: its email, id or apikey' -r
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from reset-key" -s o -l output -d 'Output format [default: table on a terminal, else tsv without header]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from reset-key" -l columns -d 'Choose and order columns (table, csv, tsv) by field name' -r
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from reset-key" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from reset-key" -l timeout -d 'Give up after this long, all requests and retries included: 90, 90s, 5m, 1h [default: 60s; 10m for client import, monitor move --bulk, rum rebalance]' -r
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from reset-key" -l sandbox -d 'Use the embedded local sandbox: no server, no account'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from reset-key" -l no-header -d 'No header row'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from reset-key" -s q -l quiet -d 'Less on stderr'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from reset-key" -s v -l verbose -d 'More on stderr (-vv logs HTTP requests, secrets redacted)'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from reset-key" -l no-color -d 'No colour (also NO_COLOR)'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from reset-key" -l yes -d 'Confirm destructive changes without a prompt'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from reset-key" -s h -l help -d 'Print help'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from reset-key" -s V -l version -d 'Print version'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "login" -d 'Log in and save the account as a profile (secret key in the OS keyring)'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "status" -d 'Who the credentials are, which endpoint, and where the secret is kept'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "logout" -d 'Remove the profile and its secrets from the keyring'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "reset-key" -d 'New API and secret keys for one\'s own account, saved where the old ones were'
complete -c monitis -n "__fish_monitis_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c monitis -n "__fish_monitis_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit delete dashboard help" -l profile -d 'Saved account to use' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit delete dashboard help" -l endpoint -d 'API endpoint [default: the hosted one]' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit delete dashboard help" -l auth-mode -d 'How requests are authenticated [default: token]' -r -f -a "token\t''
checksum\t''"
complete -c monitis -n "__fish_monitis_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit delete dashboard help" -l client -d 'Act on one client of the reseller: its email, id or apikey' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit delete dashboard help" -s o -l output -d 'Output format [default: table on a terminal, else tsv without header]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c monitis -n "__fish_monitis_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit delete dashboard help" -l columns -d 'Choose and order columns (table, csv, tsv) by field name' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit delete dashboard help" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit delete dashboard help" -l timeout -d 'Give up after this long, all requests and retries included: 90, 90s, 5m, 1h [default: 60s; 10m for client import, monitor move --bulk, rum rebalance]' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit delete dashboard help" -l sandbox -d 'Use the embedded local sandbox: no server, no account'
complete -c monitis -n "__fish_monitis_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit delete dashboard help" -l no-header -d 'No header row'
complete -c monitis -n "__fish_monitis_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit delete dashboard help" -s q -l quiet -d 'Less on stderr'
complete -c monitis -n "__fish_monitis_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit delete dashboard help" -s v -l verbose -d 'More on stderr (-vv logs HTTP requests, secrets redacted)'
complete -c monitis -n "__fish_monitis_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit delete dashboard help" -l no-color -d 'No colour (also NO_COLOR)'
complete -c monitis -n "__fish_monitis_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit delete dashboard help" -l yes -d 'Confirm destructive changes without a prompt'
complete -c monitis -n "__fish_monitis_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit delete dashboard help" -s h -l help -d 'Print help'
complete -c monitis -n "__fish_monitis_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit delete dashboard help" -s V -l version -d 'Print version'
complete -c monitis -n "__fish_monitis_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit delete dashboard help" -f -a "add" -d 'Create a client; prints its id, email and apikey'
complete -c monitis -n "__fish_monitis_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit delete dashboard help" -f -a "import" -d 'Create many clients from a CSV file (with a header) or JSON lines'
complete -c monitis -n "__fish_monitis_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit delete dashboard help" -f -a "list" -d 'List the clients (suspended: no active order, or the reseller is unpaid; R1)'
complete -c monitis -n "__fish_monitis_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit delete dashboard help" -f -a "show" -d 'Show a client; with a client\'s own credentials, one\'s own profile'
complete -c monitis -n "__fish_monitis_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit delete dashboard help" -f -a "edit" -d 'Change a client\'s name, email or password; as a client, one\'s own'
complete -c monitis -n "__fish_monitis_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit delete dashboard help" -f -a "delete" -d 'Delete a client with its orders, monitors and one-time services (asks first)'
complete -c monitis -n "__fish_monitis_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit delete dashboard help" -f -a "dashboard" -d 'What a client\'s dashboard shows: reachable or not (R1), logo and support contact (R4), enabled and disabled buttons and pages, inactive features (R5)'
complete -c monitis -n "__fish_monitis_using_subcommand client; and not __fish_seen_subcommand_from add import list show edit delete dashboard help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from add" -l email -d 'The client\'s email, its login' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from add" -l first-name -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from add" -l last-name -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from add" -l password-file -d 'Read the password from a file (one line)' -r -F
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from add" -l profile -d 'Saved account to use' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from add" -l endpoint -d 'API endpoint [default: the hosted one]' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from add" -l auth-mode -d 'How requests are authenticated [default: token]' -r -f -a "token\t''
checksum\t''"
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from add" -l client -d 'Act on one client of the reseller: its email, id or apikey' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format [default: table on a terminal, else tsv without header]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from add" -l columns -d 'Choose and order columns (table, csv, tsv) by field name' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from add" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from add" -l timeout -d 'Give up after this long, all requests and retries included: 90, 90s, 5m, 1h [default: 60s; 10m for client import, monitor move --bulk, rum rebalance]' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from add" -l password-stdin -d 'Read the password from stdin (one line)'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from add" -l if-not-exists -d 'When a client with this email exists, print it and succeed (re-runnable scripts)'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from add" -l sandbox -d 'Use the embedded local sandbox: no server, no account'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from add" -l no-header -d 'No header row'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Less on stderr'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More on stderr (-vv logs HTTP requests, secrets redacted)'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from add" -l no-color -d 'No colour (also NO_COLOR)'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from add" -l yes -d 'Confirm destructive changes without a prompt'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from import" -l concurrency -d 'How many clients are created at the same time' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from import" -l password-file -d 'Read the password from a file (one line)' -r -F
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from import" -l profile -d 'Saved account to use' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from import" -l endpoint -d 'API endpoint [default: the hosted one]' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from import" -l auth-mode -d 'How requests are authenticated [default: token]' -r -f -a "token\t''
checksum\t''"
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from import" -l client -d 'Act on one client of the reseller: its email, id or apikey' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from import" -s o -l output -d 'Output format [default: table on a terminal, else tsv without header]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from import" -l columns -d 'Choose and order columns (table, csv, tsv) by field name' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from import" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from import" -l timeout -d 'Give up after this long, all requests and retries included: 90, 90s, 5m, 1h [default: 60s; 10m for client import, monitor move --bulk, rum rebalance]' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from import" -l dry-run -d 'Check the file, look up which clients exist, and show what would be sent (never the passwords); change nothing'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from import" -l password-stdin -d 'Read the password from stdin (one line)'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from import" -l sandbox -d 'Use the embedded local sandbox: no server, no account'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from import" -l no-header -d 'No header row'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Less on stderr'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from import" -s v -l verbose -d 'More on stderr (-vv logs HTTP requests, secrets redacted)'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from import" -l no-color -d 'No colour (also NO_COLOR)'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from import" -l yes -d 'Confirm destructive changes without a prompt'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from list" -l status -d 'Only the active or the suspended clients' -r -f -a "active\t''
suspended\t''"
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from list" -l profile -d 'Saved account to use' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from list" -l endpoint -d 'API endpoint [default: the hosted one]' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from list" -l auth-mode -d 'How requests are authenticated [default: token]' -r -f -a "token\t''
checksum\t''"
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from list" -l client -d 'Act on one client of the reseller: its email, id or apikey' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, else tsv without header]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from list" -l columns -d 'Choose and order columns (table, csv, tsv) by field name' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from list" -l timeout -d 'Give up after this long, all requests and retries included: 90, 90s, 5m, 1h [default: 60s; 10m for client import, monitor move --bulk, rum rebalance]' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from list" -l sandbox -d 'Use the embedded local sandbox: no server, no account'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from list" -l no-header -d 'No header row'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less on stderr'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More on stderr (-vv logs HTTP requests, secrets redacted)'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from list" -l no-color -d 'No colour (also NO_COLOR)'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from list" -l yes -d 'Confirm destructive changes without a prompt'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from show" -l profile -d 'Saved account to use' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from show" -l endpoint -d 'API endpoint [default: the hosted one]' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from show" -l auth-mode -d 'How requests are authenticated [default: token]' -r -f -a "token\t''
checksum\t''"
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from show" -l client -d 'Act on one client of the reseller: its email, id or apikey' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [default: table on a terminal, else tsv without header]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from show" -l columns -d 'Choose and order columns (table, csv, tsv) by field name' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from show" -l timeout -d 'Give up after this long, all requests and retries included: 90, 90s, 5m, 1h [default: 60s; 10m for client import, monitor move --bulk, rum rebalance]' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from show" -l sandbox -d 'Use the embedded local sandbox: no server, no account'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from show" -l no-header -d 'No header row'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Less on stderr'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More on stderr (-vv logs HTTP requests, secrets redacted)'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from show" -l no-color -d 'No colour (also NO_COLOR)'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from show" -l yes -d 'Confirm destructive changes without a prompt'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from edit" -l email -d 'New email (the login)' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from edit" -l first-name -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from edit" -l last-name -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from edit" -l password-file -d 'Read the password from a file (one line)' -r -F
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from edit" -l profile -d 'Saved account to use' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from edit" -l endpoint -d 'API endpoint [default: the hosted one]' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from edit" -l auth-mode -d 'How requests are authenticated [default: token]' -r -f -a "token\t''
checksum\t''"
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from edit" -l client -d 'Act on one client of the reseller: its email, id or apikey' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from edit" -s o -l output -d 'Output format [default: table on a terminal, else tsv without header]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from edit" -l columns -d 'Choose and order columns (table, csv, tsv) by field name' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from edit" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from edit" -l timeout -d 'Give up after this long, all requests and retries included: 90, 90s, 5m, 1h [default: 60s; 10m for client import, monitor move --bulk, rum rebalance]' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from edit" -l password-stdin -d 'Read the password from stdin (one line)'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from edit" -l prompt-password -d 'Ask for a new password on the terminal (hidden, twice)'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from edit" -l sandbox -d 'Use the embedded local sandbox: no server, no account'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from edit" -l no-header -d 'No header row'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Less on stderr'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from edit" -s v -l verbose -d 'More on stderr (-vv logs HTTP requests, secrets redacted)'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from edit" -l no-color -d 'No colour (also NO_COLOR)'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from edit" -l yes -d 'Confirm destructive changes without a prompt'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from delete" -l profile -d 'Saved account to use' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from delete" -l endpoint -d 'API endpoint [default: the hosted one]' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from delete" -l auth-mode -d 'How requests are authenticated [default: token]' -r -f -a "token\t''
checksum\t''"
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from delete" -l client -d 'Act on one client of the reseller: its email, id or apikey' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [default: table on a terminal, else tsv without header]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from delete" -l columns -d 'Choose and order columns (table, csv, tsv) by field name' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from delete" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from delete" -l timeout -d 'Give up after this long, all requests and retries included: 90, 90s, 5m, 1h [default: 60s; 10m for client import, monitor move --bulk, rum rebalance]' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from delete" -l sandbox -d 'Use the embedded local sandbox: no server, no account'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from delete" -l no-header -d 'No header row'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Less on stderr'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More on stderr (-vv logs HTTP requests, secrets redacted)'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from delete" -l no-color -d 'No colour (also NO_COLOR)'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from delete" -l yes -d 'Confirm destructive changes without a prompt'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from dashboard" -l profile -d 'Saved account to use' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from dashboard" -l endpoint -d 'API endpoint [default: the hosted one]' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from dashboard" -l auth-mode -d 'How requests are authenticated [default: token]' -r -f -a "token\t''
checksum\t''"
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from dashboard" -l client -d 'Act on one client of the reseller: its email, id or apikey' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from dashboard" -s o -l output -d 'Output format [default: table on a terminal, else tsv without header]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from dashboard" -l columns -d 'Choose and order columns (table, csv, tsv) by field name' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from dashboard" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from dashboard" -l timeout -d 'Give up after this long, all requests and retries included: 90, 90s, 5m, 1h [default: 60s; 10m for client import, monitor move --bulk, rum rebalance]' -r
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from dashboard" -l sandbox -d 'Use the embedded local sandbox: no server, no account'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from dashboard" -l no-header -d 'No header row'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from dashboard" -s q -l quiet -d 'Less on stderr'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from dashboard" -s v -l verbose -d 'More on stderr (-vv logs HTTP requests, secrets redacted)'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from dashboard" -l no-color -d 'No colour (also NO_COLOR)'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from dashboard" -l yes -d 'Confirm destructive changes without a prompt'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from dashboard" -s h -l help -d 'Print help'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from dashboard" -s V -l version -d 'Print version'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "add" -d 'Create a client; prints its id, email and apikey'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "import" -d 'Create many clients from a CSV file (with a header) or JSON lines'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the clients (suspended: no active order, or the reseller is unpaid; R1)'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a client; with a client\'s own credentials, one\'s own profile'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a client\'s name, email or password; as a client, one\'s own'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a client with its orders, monitors and one-time services (asks first)'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "dashboard" -d 'What a client\'s dashboard shows: reachable or not (R1), logo and support contact (R4), enabled and disabled buttons and pages, inactive features (R5)'
complete -c monitis -n "__fish_monitis_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c monitis -n "__fish_monitis_using_subcommand order; and not __fish_seen_subcommand_from add list show suspend activate delete help" -l profile -d 'Saved account to use' -r
complete -c monitis -n "__fish_monitis_using_subcommand order; and not __fish_seen_subcommand_from add list show suspend activate delete help" -l endpoint -d 'API endpoint [default: the hosted one]' -r
complete -c monitis -n "__fish_monitis_using_subcommand order; and not __fish_seen_subcommand_from add list show suspend activate delete help" -l auth-mode -d 'How requests are authenticated [default: token]' -r -f -a "token\t''
checksum\t''"
complete -c monitis -n "__fish_monitis_using_subcommand order; and not __fish_seen_subcommand_from add list show suspend activate delete help" -l client -d 'Act on one client of the reseller: its email, id or apikey' -r
complete -c monitis -n "__fish_monitis_using_subcommand order; and not __fish_seen_subcommand_from add list show suspend activate delete help" -s o -l output -d 'Output format [default: table on a terminal, else tsv without header]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c monitis -n "__fish_monitis_using_subcommand order; and not __fish_seen_subcommand_from add list show suspend activate delete help" -l columns -d 'Choose and order columns (table, csv, tsv) by field name' -r
complete -c monitis -n "__fish_monitis_using_subcommand order; and not __fish_seen_subcommand_from add list show suspend activate delete help" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c monitis -n "__fish_monitis_using_subcommand order; and not __fish_seen_subcommand_from add list show suspend activate delete help" -l timeout -d 'Give up after this long, all requests and retries included: 90, 90s, 5m, 1h [default: 60s; 10m for client import, monitor move --bulk, rum rebalance]' -r
complete -c monitis -n "__fish_monitis_using_subcommand order; and not __fish_seen_subcommand_from add list show suspend activate delete help" -l sandbox -d 'Use the embedded local sandbox: no server, no account'
complete -c monitis -n "__fish_monitis_using_subcommand order; and not __fish_seen_subcommand_from add list show suspend activate delete help" -l no-header -d 'No header row'
complete -c monitis -n "__fish_monitis_using_subcommand order; and not __fish_seen_subcommand_from add list show suspend activate delete help" -s q -l quiet -d 'Less on stderr'
complete -c monitis -n "__fish_monitis_using_subcommand order; and not __fish_seen_subcommand_from add list show suspend activate delete help" -s v -l verbose -d 'More on stderr (-vv logs HTTP requests, secrets redacted)'
complete -c monitis -n "__fish_monitis_using_subcommand order; and not __fish_seen_subcommand_from add list show suspend activate delete help" -l no-color -d 'No colour (also NO_COLOR)'
complete -c monitis -n "__fish_monitis_using_subcommand order; and not __fish_seen_subcommand_from add list show suspend activate delete help" -l yes -d 'Confirm destructive changes without a prompt'
complete -c monitis -n "__fish_monitis_using_subcommand order; and not __fish_seen_subcommand_from add list show suspend activate delete help" -s h -l help -d 'Print help'
complete -c monitis -n "__fish_monitis_using_subcommand order; and not __fish_seen_subcommand_from add list show suspend activate delete help" -s V -l version -d 'Print version'
complete -c monitis -n "__fish_monitis_using_subcommand order; and not __fish_seen_subcommand_from add list show suspend activate delete help" -f -a "add" -d 'Sell a package to a client (--client): services and quantities, billing, lifetime'
complete -c monitis -n "__fish_monitis_using_subcommand order; and not __fish_seen_subcommand_from add list show suspend activate delete help" -f -a "list" -d 'List orders: of one client with --client, else of every client'
complete -c monitis -n "__fish_monitis_using_subcommand order; and not __fish_seen_subcommand_from add list show suspend activate delete help" -f -a "show" -d 'Show an order with its services'
complete -c monitis -n "__fish_monitis_using_subcommand order; and not __fish_seen_subcommand_from add list show suspend activate delete help" -f -a "suspend" -d 'Suspend an order; its monitors are suspended with it (R9)'
complete -c monitis -n "__fish_monitis_using_subcommand order; and not __fish_seen_subcommand_from add list show suspend activate delete help" -f -a "activate" -d 'Activate an order again; its monitors come back, subject to the RUM quota (R6, R9)'
complete -c monitis -n "__fish_monitis_using_subcommand order; and not __fish_seen_subcommand_from add list show suspend activate delete help" -f -a "delete" -d 'Delete an order; its monitors are suspended (asks first)'
complete -c monitis -n "__fish_monitis_using_subcommand order; and not __fish_seen_subcommand_from add list show suspend activate delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from add" -l service -d 'A package service and its quantity; repeat the option or separate with commas' -r -f -a "external=\t'Uptime monitors'
transaction=\t'Transaction monitors'
fullPageLoad=\t'Full page load monitors'
internal=\t'Internal (agent) monitors'
rum=\t'Real User Monitoring monitors'
rumPageviews=\t'RUM pageviews'
sms=\t'SMS alerts'"
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from add" -l name -d 'The order\'s name, as the client sees it [default: Order]' -r
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from add" -l billing-cycle -d '[default: monthly]' -r -f -a "monthly\t''
yearly\t''"
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from add" -l start-date -d 'First day, YYYY-MM-DD [default: today]' -r
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from add" -l end-date -d 'Last day, YYYY-MM-DD; after it and the grace period the order is suspended (R9)' -r
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from add" -l grace-days -d 'Days the order stays active after its end date, 0 to 45 [default: 0]' -r
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from add" -l profile -d 'Saved account to use' -r
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from add" -l endpoint -d 'API endpoint [default: the hosted one]' -r
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from add" -l auth-mode -d 'How requests are authenticated [default: token]' -r -f -a "token\t''
checksum\t''"
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from add" -l client -d 'Act on one client of the reseller: its email, id or apikey' -r
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format [default: table on a terminal, else tsv without header]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from add" -l columns -d 'Choose and order columns (table, csv, tsv) by field name' -r
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from add" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from add" -l timeout -d 'Give up after this long, all requests and retries included: 90, 90s, 5m, 1h [default: 60s; 10m for client import, monitor move --bulk, rum rebalance]' -r
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from add" -l managed -d 'Monitors of this order are managed by the provider: read-only for the client (R3)'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from add" -l sandbox -d 'Use the embedded local sandbox: no server, no account'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from add" -l no-header -d 'No header row'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Less on stderr'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More on stderr (-vv logs HTTP requests, secrets redacted)'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from add" -l no-color -d 'No colour (also NO_COLOR)'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from add" -l yes -d 'Confirm destructive changes without a prompt'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from list" -l status -d 'Only orders in this state (deleted orders are listed only this way)' -r -f -a "active\t''
suspended\t''
deleted\t''"
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from list" -l profile -d 'Saved account to use' -r
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from list" -l endpoint -d 'API endpoint [default: the hosted one]' -r
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from list" -l auth-mode -d 'How requests are authenticated [default: token]' -r -f -a "token\t''
checksum\t''"
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from list" -l client -d 'Act on one client of the reseller: its email, id or apikey' -r
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, else tsv without header]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from list" -l columns -d 'Choose and order columns (table, csv, tsv) by field name' -r
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from list" -l timeout -d 'Give up after this long, all requests and retries included: 90, 90s, 5m, 1h [default: 60s; 10m for client import, monitor move --bulk, rum rebalance]' -r
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from list" -l sandbox -d 'Use the embedded local sandbox: no server, no account'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from list" -l no-header -d 'No header row'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less on stderr'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More on stderr (-vv logs HTTP requests, secrets redacted)'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from list" -l no-color -d 'No colour (also NO_COLOR)'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from list" -l yes -d 'Confirm destructive changes without a prompt'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from show" -l profile -d 'Saved account to use' -r
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from show" -l endpoint -d 'API endpoint [default: the hosted one]' -r
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from show" -l auth-mode -d 'How requests are authenticated [default: token]' -r -f -a "token\t''
checksum\t''"
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from show" -l client -d 'Act on one client of the reseller: its email, id or apikey' -r
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [default: table on a terminal, else tsv without header]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from show" -l columns -d 'Choose and order columns (table, csv, tsv) by field name' -r
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from show" -l timeout -d 'Give up after this long, all requests and retries included: 90, 90s, 5m, 1h [default: 60s; 10m for client import, monitor move --bulk, rum rebalance]' -r
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from show" -l sandbox -d 'Use the embedded local sandbox: no server, no account'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from show" -l no-header -d 'No header row'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Less on stderr'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More on stderr (-vv logs HTTP requests, secrets redacted)'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from show" -l no-color -d 'No colour (also NO_COLOR)'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from show" -l yes -d 'Confirm destructive changes without a prompt'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from suspend" -l profile -d 'Saved account to use' -r
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from suspend" -l endpoint -d 'API endpoint [default: the hosted one]' -r
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from suspend" -l auth-mode -d 'How requests are authenticated [default: token]' -r -f -a "token\t''
checksum\t''"
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from suspend" -l client -d 'Act on one client of the reseller: its email, id or apikey' -r
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from suspend" -s o -l output -d 'Output format [default: table on a terminal, else tsv without header]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from suspend" -l columns -d 'Choose and order columns (table, csv, tsv) by field name' -r
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from suspend" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from suspend" -l timeout -d 'Give up after this long, all requests and retries included: 90, 90s, 5m, 1h [default: 60s; 10m for client import, monitor move --bulk, rum rebalance]' -r
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from suspend" -l sandbox -d 'Use the embedded local sandbox: no server, no account'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from suspend" -l no-header -d 'No header row'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from suspend" -s q -l quiet -d 'Less on stderr'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from suspend" -s v -l verbose -d 'More on stderr (-vv logs HTTP requests, secrets redacted)'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from suspend" -l no-color -d 'No colour (also NO_COLOR)'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from suspend" -l yes -d 'Confirm destructive changes without a prompt'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from suspend" -s h -l help -d 'Print help'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from suspend" -s V -l version -d 'Print version'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from activate" -l profile -d 'Saved account to use' -r
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from activate" -l endpoint -d 'API endpoint [default: the hosted one]' -r
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from activate" -l auth-mode -d 'How requests are authenticated [default: token]' -r -f -a "token\t''
checksum\t''"
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from activate" -l client -d 'Act on one client of the reseller: its email, id or apikey' -r
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from activate" -s o -l output -d 'Output format [default: table on a terminal, else tsv without header]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from activate" -l columns -d 'Choose and order columns (table, csv, tsv) by field name' -r
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from activate" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from activate" -l timeout -d 'Give up after this long, all requests and retries included: 90, 90s, 5m, 1h [default: 60s; 10m for client import, monitor move --bulk, rum rebalance]' -r
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from activate" -l sandbox -d 'Use the embedded local sandbox: no server, no account'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from activate" -l no-header -d 'No header row'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from activate" -s q -l quiet -d 'Less on stderr'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from activate" -s v -l verbose -d 'More on stderr (-vv logs HTTP requests, secrets redacted)'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from activate" -l no-color -d 'No colour (also NO_COLOR)'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from activate" -l yes -d 'Confirm destructive changes without a prompt'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from activate" -s h -l help -d 'Print help'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from activate" -s V -l version -d 'Print version'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from delete" -l profile -d 'Saved account to use' -r
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from delete" -l endpoint -d 'API endpoint [default: the hosted one]' -r
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from delete" -l auth-mode -d 'How requests are authenticated [default: token]' -r -f -a "token\t''
checksum\t''"
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from delete" -l client -d 'Act on one client of the reseller: its email, id or apikey' -r
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [default: table on a terminal, else tsv without header]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from delete" -l columns -d 'Choose and order columns (table, csv, tsv) by field name' -r
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from delete" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from delete" -l timeout -d 'Give up after this long, all requests and retries included: 90, 90s, 5m, 1h [default: 60s; 10m for client import, monitor move --bulk, rum rebalance]' -r
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from delete" -l sandbox -d 'Use the embedded local sandbox: no server, no account'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from delete" -l no-header -d 'No header row'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Less on stderr'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More on stderr (-vv logs HTTP requests, secrets redacted)'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from delete" -l no-color -d 'No colour (also NO_COLOR)'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from delete" -l yes -d 'Confirm destructive changes without a prompt'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "add" -d 'Sell a package to a client (--client): services and quantities, billing, lifetime'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "list" -d 'List orders: of one client with --client, else of every client'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show an order with its services'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "suspend" -d 'Suspend an order; its monitors are suspended with it (R9)'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "activate" -d 'Activate an order again; its monitors come back, subject to the RUM quota (R6, R9)'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an order; its monitors are suspended (asks first)'
complete -c monitis -n "__fish_monitis_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c monitis -n "__fish_monitis_using_subcommand service; and not __fish_seen_subcommand_from list buy help" -l profile -d 'Saved account to use' -r
complete -c monitis -n "__fish_monitis_using_subcommand service; and not __fish_seen_subcommand_from list buy help" -l endpoint -d 'API endpoint [default: the hosted one]' -r
complete -c monitis -n "__fish_monitis_using_subcommand service; and not __fish_seen_subcommand_from list buy help" -l auth-mode -d 'How requests are authenticated [default: token]' -r -f -a "token\t''
checksum\t''"
complete -c monitis -n "__fish_monitis_using_subcommand service; and not __fish_seen_subcommand_from list buy help" -l client -d 'Act on one client of the reseller: its email, id or apikey' -r
complete -c monitis -n "__fish_monitis_using_subcommand service; and not __fish_seen_subcommand_from list buy help" -s o -l output -d 'Output format [default: table on a terminal, else tsv without header]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c monitis -n "__fish_monitis_using_subcommand service; and not __fish_seen_subcommand_from list buy help" -l columns -d 'Choose and order columns (table, csv, tsv) by field name' -r
complete -c monitis -n "__fish_monitis_using_subcommand service; and not __fish_seen_subcommand_from list buy help" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c monitis -n "__fish_monitis_using_subcommand service; and not __fish_seen_subcommand_from list buy help" -l timeout -d 'Give up after this long, all requests and retries included: 90, 90s, 5m, 1h [default: 60s; 10m for client import, monitor move --bulk, rum rebalance]' -r
complete -c monitis -n "__fish_monitis_using_subcommand service; and not __fish_seen_subcommand_from list buy help" -l sandbox -d 'Use the embedded local sandbox: no server, no account'
complete -c monitis -n "__fish_monitis_using_subcommand service; and not __fish_seen_subcommand_from list buy help" -l no-header -d 'No header row'
complete -c monitis -n "__fish_monitis_using_subcommand service; and not __fish_seen_subcommand_from list buy help" -s q -l quiet -d 'Less on stderr'
complete -c monitis -n "__fish_monitis_using_subcommand service; and not __fish_seen_subcommand_from list buy help" -s v -l verbose -d 'More on stderr (-vv logs HTTP requests, secrets redacted)'
complete -c monitis -n "__fish_monitis_using_subcommand service; and not __fish_seen_subcommand_from list buy help" -l no-color -d 'No colour (also NO_COLOR)'
complete -c monitis -n "__fish_monitis_using_subcommand service; and not __fish_seen_subcommand_from list buy help" -l yes -d 'Confirm destructive changes without a prompt'
complete -c monitis -n "__fish_monitis_using_subcommand service; and not __fish_seen_subcommand_from list buy help" -s h -l help -d 'Print help'
complete -c monitis -n "__fish_monitis_using_subcommand service; and not __fish_seen_subcommand_from list buy help" -s V -l version -d 'Print version'
complete -c monitis -n "__fish_monitis_using_subcommand service; and not __fish_seen_subcommand_from list buy help" -f -a "list" -d 'The service catalog: package services (for orders) and one-time services'
complete -c monitis -n "__fish_monitis_using_subcommand service; and not __fish_seen_subcommand_from list buy help" -f -a "buy" -d 'Buy a one-time service for a client (--client), outside any package (R5)'
complete -c monitis -n "__fish_monitis_using_subcommand service; and not __fish_seen_subcommand_from list buy help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c monitis -n "__fish_monitis_using_subcommand service; and __fish_seen_subcommand_from list" -l profile -d 'Saved account to use' -r
complete -c monitis -n "__fish_monitis_using_subcommand service; and __fish_seen_subcommand_from list" -l endpoint -d 'API endpoint [default: the hosted one]' -r
complete -c monitis -n "__fish_monitis_using_subcommand service; and __fish_seen_subcommand_from list" -l auth-mode -d 'How requests are authenticated [default: token]' -r -f -a "token\t''
checksum\t''"
complete -c monitis -n "__fish_monitis_using_subcommand service; and __fish_seen_subcommand_from list" -l client -d 'Act on one client of the reseller: its email, id or apikey' -r
complete -c monitis -n "__fish_monitis_using_subcommand service; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, else tsv without header]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c monitis -n "__fish_monitis_using_subcommand service; and __fish_seen_subcommand_from list" -l columns -d 'Choose and order columns (table, csv, tsv) by field name' -r
complete -c monitis -n "__fish_monitis_using_subcommand service; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c monitis -n "__fish_monitis_using_subcommand service; and __fish_seen_subcommand_from list" -l timeout -d 'Give up after this long, all requests and retries included: 90, 90s, 5m, 1h [default: 60s; 10m for client import, monitor move --bulk, rum rebalance]' -r
complete -c monitis -n "__fish_monitis_using_subcommand service; and __fish_seen_subcommand_from list" -l sandbox -d 'Use the embedded local sandbox: no server, no account'
complete -c monitis -n "__fish_monitis_using_subcommand service; and __fish_seen_subcommand_from list" -l no-header -d 'No header row'
complete -c monitis -n "__fish_monitis_using_subcommand service; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less on stderr'
complete -c monitis -n "__fish_monitis_using_subcommand service; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More on stderr (-vv logs HTTP requests, secrets redacted)'
complete -c monitis -n "__fish_monitis_using_subcommand service; and __fish_seen_subcommand_from list" -l no-color -d 'No colour (also NO_COLOR)'
complete -c monitis -n "__fish_monitis_using_subcommand service; and __fish_seen_subcommand_from list" -l yes -d 'Confirm destructive changes without a prompt'
complete -c monitis -n "__fish_monitis_using_subcommand service; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c monitis -n "__fish_monitis_using_subcommand service; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c monitis -n "__fish_monitis_using_subcommand service; and __fish_seen_subcommand_from buy" -l profile -d 'Saved account to use' -r
complete -c monitis -n "__fish_monitis_using_subcommand service; and __fish_seen_subcommand_from buy" -l endpoint -d 'API endpoint [default: the hosted one]' -r
complete -c monitis -n "__fish_monitis_using_subcommand service; and __fish_seen_subcommand_from buy" -l auth-mode -d 'How requests are authenticated [default: token]' -r -f -a "token\t''
checksum\t''"
complete -c monitis -n "__fish_monitis_using_subcommand service; and __fish_seen_subcommand_from buy" -l client -d 'Act on one client of the reseller: its email, id or apikey' -r
complete -c monitis -n "__fish_monitis_using_subcommand service; and __fish_seen_subcommand_from buy" -s o -l output -d 'Output format [default: table on a terminal, else tsv without header]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c monitis -n "__fish_monitis_using_subcommand service; and __fish_seen_subcommand_from buy" -l columns -d 'Choose and order columns (table, csv, tsv) by field name' -r
complete -c monitis -n "__fish_monitis_using_subcommand service; and __fish_seen_subcommand_from buy" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c monitis -n "__fish_monitis_using_subcommand service; and __fish_seen_subcommand_from buy" -l timeout -d 'Give up after this long, all requests and retries included: 90, 90s, 5m, 1h [default: 60s; 10m for client import, monitor move --bulk, rum rebalance]' -r
complete -c monitis -n "__fish_monitis_using_subcommand service; and __fish_seen_subcommand_from buy" -l sandbox -d 'Use the embedded local sandbox: no server, no account'
complete -c monitis -n "__fish_monitis_using_subcommand service; and __fish_seen_subcommand_from buy" -l no-header -d 'No header row'
complete -c monitis -n "__fish_monitis_using_subcommand service; and __fish_seen_subcommand_from buy" -s q -l quiet -d 'Less on stderr'
complete -c monitis -n "__fish_monitis_using_subcommand service; and __fish_seen_subcommand_from buy" -s v -l verbose -d 'More on stderr (-vv logs HTTP requests, secrets redacted)'
complete -c monitis -n "__fish_monitis_using_subcommand service; and __fish_seen_subcommand_from buy" -l no-color -d 'No colour (also NO_COLOR)'
complete -c monitis -n "__fish_monitis_using_subcommand service; and __fish_seen_subcommand_from buy" -l yes -d 'Confirm destructive changes without a prompt'
complete -c monitis -n "__fish_monitis_using_subcommand service; and __fish_seen_subcommand_from buy" -s h -l help -d 'Print help'
complete -c monitis -n "__fish_monitis_using_subcommand service; and __fish_seen_subcommand_from buy" -s V -l version -d 'Print version'
complete -c monitis -n "__fish_monitis_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "list" -d 'The service catalog: package services (for orders) and one-time services'
complete -c monitis -n "__fish_monitis_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "buy" -d 'Buy a one-time service for a client (--client), outside any package (R5)'
complete -c monitis -n "__fish_monitis_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c monitis -n "__fish_monitis_using_subcommand plan; and not __fish_seen_subcommand_from show help" -l profile -d 'Saved account to use' -r
complete -c monitis -n "__fish_monitis_using_subcommand plan; and not __fish_seen_subcommand_from show help" -l endpoint -d 'API endpoint [default: the hosted one]' -r
complete -c monitis -n "__fish_monitis_using_subcommand plan; and not __fish_seen_subcommand_from show help" -l auth-mode -d 'How requests are authenticated [default: token]' -r -f -a "token\t''
checksum\t''"
complete -c monitis -n "__fish_monitis_using_subcommand plan; and not __fish_seen_subcommand_from show help" -l client -d 'Act on one client of the reseller: its email, id or apikey' -r
complete -c monitis -n "__fish_monitis_using_subcommand plan; and not __fish_seen_subcommand_from show help" -s o -l output -d 'Output format [default: table on a terminal, else tsv without header]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c monitis -n "__fish_monitis_using_subcommand plan; and not __fish_seen_subcommand_from show help" -l columns -d 'Choose and order columns (table, csv, tsv) by field name' -r
complete -c monitis -n "__fish_monitis_using_subcommand plan; and not __fish_seen_subcommand_from show help" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c monitis -n "__fish_monitis_using_subcommand plan; and not __fish_seen_subcommand_from show help" -l timeout -d 'Give up after this long, all requests and retries included: 90, 90s, 5m, 1h [default: 60s; 10m for client import, monitor move --bulk, rum rebalance]' -r
complete -c monitis -n "__fish_monitis_using_subcommand plan; and not __fish_seen_subcommand_from show help" -l sandbox -d 'Use the embedded local sandbox: no server, no account'
complete -c monitis -n "__fish_monitis_using_subcommand plan; and not __fish_seen_subcommand_from show help" -l no-header -d 'No header row'
complete -c monitis -n "__fish_monitis_using_subcommand plan; and not __fish_seen_subcommand_from show help" -s q -l quiet -d 'Less on stderr'
complete -c monitis -n "__fish_monitis_using_subcommand plan; and not __fish_seen_subcommand_from show help" -s v -l verbose -d 'More on stderr (-vv logs HTTP requests, secrets redacted)'
complete -c monitis -n "__fish_monitis_using_subcommand plan; and not __fish_seen_subcommand_from show help" -l no-color -d 'No colour (also NO_COLOR)'
complete -c monitis -n "__fish_monitis_using_subcommand plan; and not __fish_seen_subcommand_from show help" -l yes -d 'Confirm destructive changes without a prompt'
complete -c monitis -n "__fish_monitis_using_subcommand plan; and not __fish_seen_subcommand_from show help" -s h -l help -d 'Print help'
complete -c monitis -n "__fish_monitis_using_subcommand plan; and not __fish_seen_subcommand_from show help" -s V -l version -d 'Print version'
complete -c monitis -n "__fish_monitis_using_subcommand plan; and not __fish_seen_subcommand_from show help" -f -a "show" -d 'The plan of a client (--client), or one\'s own with client credentials: per service the total over active orders and what is used; each order; and the services across all packages'
complete -c monitis -n "__fish_monitis_using_subcommand plan; and not __fish_seen_subcommand_from show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c monitis -n "__fish_monitis_using_subcommand plan; and __fish_seen_subcommand_from show" -l profile -d 'Saved account to use' -r
complete -c monitis -n "__fish_monitis_using_subcommand plan; and __fish_seen_subcommand_from show" -l endpoint -d 'API endpoint [default: the hosted one]' -r
complete -c monitis -n "__fish_monitis_using_subcommand plan; and __fish_seen_subcommand_from show" -l auth-mode -d 'How requests are authenticated [default: token]' -r -f -a "token\t''
checksum\t''"
complete -c monitis -n "__fish_monitis_using_subcommand plan; and __fish_seen_subcommand_from show" -l client -d 'Act on one client of the reseller: its email, id or apikey' -r
complete -c monitis -n "__fish_monitis_using_subcommand plan; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [default: table on a terminal, else tsv without header]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c monitis -n "__fish_monitis_using_subcommand plan; and __fish_seen_subcommand_from show" -l columns -d 'Choose and order columns (table, csv, tsv) by field name' -r
complete -c monitis -n "__fish_monitis_using_subcommand plan; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c monitis -n "__fish_monitis_using_subcommand plan; and __fish_seen_subcommand_from show" -l timeout -d 'Give up after this long, all requests and retries included: 90, 90s, 5m, 1h [default: 60s; 10m for client import, monitor move --bulk, rum rebalance]' -r
complete -c monitis -n "__fish_monitis_using_subcommand plan; and __fish_seen_subcommand_from show" -l sandbox -d 'Use the embedded local sandbox: no server, no account'
complete -c monitis -n "__fish_monitis_using_subcommand plan; and __fish_seen_subcommand_from show" -l no-header -d 'No header row'
complete -c monitis -n "__fish_monitis_using_subcommand plan; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Less on stderr'
complete -c monitis -n "__fish_monitis_using_subcommand plan; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More on stderr (-vv logs HTTP requests, secrets redacted)'
complete -c monitis -n "__fish_monitis_using_subcommand plan; and __fish_seen_subcommand_from show" -l no-color -d 'No colour (also NO_COLOR)'
complete -c monitis -n "__fish_monitis_using_subcommand plan; and __fish_seen_subcommand_from show" -l yes -d 'Confirm destructive changes without a prompt'
complete -c monitis -n "__fish_monitis_using_subcommand plan; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c monitis -n "__fish_monitis_using_subcommand plan; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c monitis -n "__fish_monitis_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "show" -d 'The plan of a client (--client), or one\'s own with client credentials: per service the total over active orders and what is used; each order; and the services across all packages'
complete -c monitis -n "__fish_monitis_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and not __fish_seen_subcommand_from add list show delete move help" -l profile -d 'Saved account to use' -r
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and not __fish_seen_subcommand_from add list show delete move help" -l endpoint -d 'API endpoint [default: the hosted one]' -r
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and not __fish_seen_subcommand_from add list show delete move help" -l auth-mode -d 'How requests are authenticated [default: token]' -r -f -a "token\t''
checksum\t''"
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and not __fish_seen_subcommand_from add list show delete move help" -l client -d 'Act on one client of the reseller: its email, id or apikey' -r
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and not __fish_seen_subcommand_from add list show delete move help" -s o -l output -d 'Output format [default: table on a terminal, else tsv without header]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and not __fish_seen_subcommand_from add list show delete move help" -l columns -d 'Choose and order columns (table, csv, tsv) by field name' -r
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and not __fish_seen_subcommand_from add list show delete move help" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and not __fish_seen_subcommand_from add list show delete move help" -l timeout -d 'Give up after this long, all requests and retries included: 90, 90s, 5m, 1h [default: 60s; 10m for client import, monitor move --bulk, rum rebalance]' -r
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and not __fish_seen_subcommand_from add list show delete move help" -l sandbox -d 'Use the embedded local sandbox: no server, no account'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and not __fish_seen_subcommand_from add list show delete move help" -l no-header -d 'No header row'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and not __fish_seen_subcommand_from add list show delete move help" -s q -l quiet -d 'Less on stderr'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and not __fish_seen_subcommand_from add list show delete move help" -s v -l verbose -d 'More on stderr (-vv logs HTTP requests, secrets redacted)'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and not __fish_seen_subcommand_from add list show delete move help" -l no-color -d 'No colour (also NO_COLOR)'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and not __fish_seen_subcommand_from add list show delete move help" -l yes -d 'Confirm destructive changes without a prompt'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and not __fish_seen_subcommand_from add list show delete move help" -s h -l help -d 'Print help'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and not __fish_seen_subcommand_from add list show delete move help" -s V -l version -d 'Print version'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and not __fish_seen_subcommand_from add list show delete move help" -f -a "add" -d 'Add a monitor to an order; it takes one of the order\'s slots for its type'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and not __fish_seen_subcommand_from add list show delete move help" -f -a "list" -d 'List monitors: the client\'s with --client, else every client\'s'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and not __fish_seen_subcommand_from add list show delete move help" -f -a "show" -d 'Show one monitor'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and not __fish_seen_subcommand_from add list show delete move help" -f -a "delete" -d 'Delete monitors (R6 may then reactivate their order\'s RUM monitors)'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and not __fish_seen_subcommand_from add list show delete move help" -f -a "move" -d 'Move monitors to another order of the same client; a re-run moves nothing twice'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and not __fish_seen_subcommand_from add list show delete move help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from add" -l order -d 'The order the monitor is linked to' -r
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from add" -l type -d 'external, transaction, fullPageLoad, internal or rum' -r
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from add" -l name -d 'A name for people' -r
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from add" -l url -d 'What is checked (for rum: the site\'s domain)' -r
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from add" -l interval -d 'Check interval in minutes (1, 3, 5, 10, 15, 20, 30, 40 or 60) [default: the platform\'s, 5]' -r
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from add" -l profile -d 'Saved account to use' -r
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from add" -l endpoint -d 'API endpoint [default: the hosted one]' -r
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from add" -l auth-mode -d 'How requests are authenticated [default: token]' -r -f -a "token\t''
checksum\t''"
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from add" -l client -d 'Act on one client of the reseller: its email, id or apikey' -r
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format [default: table on a terminal, else tsv without header]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from add" -l columns -d 'Choose and order columns (table, csv, tsv) by field name' -r
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from add" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from add" -l timeout -d 'Give up after this long, all requests and retries included: 90, 90s, 5m, 1h [default: 60s; 10m for client import, monitor move --bulk, rum rebalance]' -r
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from add" -l sandbox -d 'Use the embedded local sandbox: no server, no account'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from add" -l no-header -d 'No header row'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Less on stderr'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More on stderr (-vv logs HTTP requests, secrets redacted)'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from add" -l no-color -d 'No colour (also NO_COLOR)'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from add" -l yes -d 'Confirm destructive changes without a prompt'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from list" -l order -d 'Only the monitors of this order' -r
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from list" -l type -d 'Only this type: external, transaction, fullPageLoad, internal or rum' -r
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from list" -l status -d 'Only active or suspended monitors' -r
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from list" -l managed -d 'Only monitors of managed orders (--managed=false: only the others)' -r -f -a "true\t''
false\t''"
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from list" -l profile -d 'Saved account to use' -r
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from list" -l endpoint -d 'API endpoint [default: the hosted one]' -r
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from list" -l auth-mode -d 'How requests are authenticated [default: token]' -r -f -a "token\t''
checksum\t''"
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from list" -l client -d 'Act on one client of the reseller: its email, id or apikey' -r
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, else tsv without header]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from list" -l columns -d 'Choose and order columns (table, csv, tsv) by field name' -r
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from list" -l timeout -d 'Give up after this long, all requests and retries included: 90, 90s, 5m, 1h [default: 60s; 10m for client import, monitor move --bulk, rum rebalance]' -r
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from list" -l sandbox -d 'Use the embedded local sandbox: no server, no account'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from list" -l no-header -d 'No header row'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less on stderr'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More on stderr (-vv logs HTTP requests, secrets redacted)'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from list" -l no-color -d 'No colour (also NO_COLOR)'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from list" -l yes -d 'Confirm destructive changes without a prompt'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from show" -l profile -d 'Saved account to use' -r
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from show" -l endpoint -d 'API endpoint [default: the hosted one]' -r
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from show" -l auth-mode -d 'How requests are authenticated [default: token]' -r -f -a "token\t''
checksum\t''"
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from show" -l client -d 'Act on one client of the reseller: its email, id or apikey' -r
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [default: table on a terminal, else tsv without header]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from show" -l columns -d 'Choose and order columns (table, csv, tsv) by field name' -r
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from show" -l timeout -d 'Give up after this long, all requests and retries included: 90, 90s, 5m, 1h [default: 60s; 10m for client import, monitor move --bulk, rum rebalance]' -r
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from show" -l sandbox -d 'Use the embedded local sandbox: no server, no account'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from show" -l no-header -d 'No header row'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Less on stderr'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More on stderr (-vv logs HTTP requests, secrets redacted)'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from show" -l no-color -d 'No colour (also NO_COLOR)'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from show" -l yes -d 'Confirm destructive changes without a prompt'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from delete" -l profile -d 'Saved account to use' -r
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from delete" -l endpoint -d 'API endpoint [default: the hosted one]' -r
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from delete" -l auth-mode -d 'How requests are authenticated [default: token]' -r -f -a "token\t''
checksum\t''"
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from delete" -l client -d 'Act on one client of the reseller: its email, id or apikey' -r
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [default: table on a terminal, else tsv without header]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from delete" -l columns -d 'Choose and order columns (table, csv, tsv) by field name' -r
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from delete" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from delete" -l timeout -d 'Give up after this long, all requests and retries included: 90, 90s, 5m, 1h [default: 60s; 10m for client import, monitor move --bulk, rum rebalance]' -r
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from delete" -l sandbox -d 'Use the embedded local sandbox: no server, no account'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from delete" -l no-header -d 'No header row'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Less on stderr'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More on stderr (-vv logs HTTP requests, secrets redacted)'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from delete" -l no-color -d 'No colour (also NO_COLOR)'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from delete" -l yes -d 'Confirm destructive changes without a prompt'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from move" -l to-order -d 'The order to move to (active, same client, with a free slot)' -r
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from move" -l file -d 'Read the ids from this file ("-": stdin, the default); implies --bulk' -r -F
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from move" -l batch-size -d 'Monitors per BulkChangeMonitorOrder request (the server re-evaluates the quotas of the orders involved once per request, so fewer, larger requests are faster)' -r
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from move" -l concurrency -d 'Requests in flight at once' -r
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from move" -l profile -d 'Saved account to use' -r
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from move" -l endpoint -d 'API endpoint [default: the hosted one]' -r
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from move" -l auth-mode -d 'How requests are authenticated [default: token]' -r -f -a "token\t''
checksum\t''"
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from move" -l client -d 'Act on one client of the reseller: its email, id or apikey' -r
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from move" -s o -l output -d 'Output format [default: table on a terminal, else tsv without header]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from move" -l columns -d 'Choose and order columns (table, csv, tsv) by field name' -r
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from move" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from move" -l timeout -d 'Give up after this long, all requests and retries included: 90, 90s, 5m, 1h [default: 60s; 10m for client import, monitor move --bulk, rum rebalance]' -r
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from move" -l bulk -d 'Move many: ids from --file or stdin, one per line, or the JSON of `monitor list -o json`'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from move" -l allow-overflow -d 'Move RUM monitors even when they push the target over its pageview quota (R6 then suspends the target\'s RUM monitors)'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from move" -l sandbox -d 'Use the embedded local sandbox: no server, no account'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from move" -l no-header -d 'No header row'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from move" -s q -l quiet -d 'Less on stderr'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from move" -s v -l verbose -d 'More on stderr (-vv logs HTTP requests, secrets redacted)'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from move" -l no-color -d 'No colour (also NO_COLOR)'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from move" -l yes -d 'Confirm destructive changes without a prompt'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from move" -s h -l help -d 'Print help'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from move" -s V -l version -d 'Print version'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a monitor to an order; it takes one of the order\'s slots for its type'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from help" -f -a "list" -d 'List monitors: the client\'s with --client, else every client\'s'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one monitor'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete monitors (R6 may then reactivate their order\'s RUM monitors)'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from help" -f -a "move" -d 'Move monitors to another order of the same client; a re-run moves nothing twice'
complete -c monitis -n "__fish_monitis_using_subcommand monitor; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c monitis -n "__fish_monitis_using_subcommand rum; and not __fish_seen_subcommand_from usage rebalance help" -l profile -d 'Saved account to use' -r
complete -c monitis -n "__fish_monitis_using_subcommand rum; and not __fish_seen_subcommand_from usage rebalance help" -l endpoint -d 'API endpoint [default: the hosted one]' -r
complete -c monitis -n "__fish_monitis_using_subcommand rum; and not __fish_seen_subcommand_from usage rebalance help" -l auth-mode -d 'How requests are authenticated [default: token]' -r -f -a "token\t''
checksum\t''"
complete -c monitis -n "__fish_monitis_using_subcommand rum; and not __fish_seen_subcommand_from usage rebalance help" -l client -d 'Act on one client of the reseller: its email, id or apikey' -r
complete -c monitis -n "__fish_monitis_using_subcommand rum; and not __fish_seen_subcommand_from usage rebalance help" -s o -l output -d 'Output format [default: table on a terminal, else tsv without header]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c monitis -n "__fish_monitis_using_subcommand rum; and not __fish_seen_subcommand_from usage rebalance help" -l columns -d 'Choose and order columns (table, csv, tsv) by field name' -r
complete -c monitis -n "__fish_monitis_using_subcommand rum; and not __fish_seen_subcommand_from usage rebalance help" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c monitis -n "__fish_monitis_using_subcommand rum; and not __fish_seen_subcommand_from usage rebalance help" -l timeout -d 'Give up after this long, all requests and retries included: 90, 90s, 5m, 1h [default: 60s; 10m for client import, monitor move --bulk, rum rebalance]' -r
complete -c monitis -n "__fish_monitis_using_subcommand rum; and not __fish_seen_subcommand_from usage rebalance help" -l sandbox -d 'Use the embedded local sandbox: no server, no account'
complete -c monitis -n "__fish_monitis_using_subcommand rum; and not __fish_seen_subcommand_from usage rebalance help" -l no-header -d 'No header row'
complete -c monitis -n "__fish_monitis_using_subcommand rum; and not __fish_seen_subcommand_from usage rebalance help" -s q -l quiet -d 'Less on stderr'
complete -c monitis -n "__fish_monitis_using_subcommand rum; and not __fish_seen_subcommand_from usage rebalance help" -s v -l verbose -d 'More on stderr (-vv logs HTTP requests, secrets redacted)'
complete -c monitis -n "__fish_monitis_using_subcommand rum; and not __fish_seen_subcommand_from usage rebalance help" -l no-color -d 'No colour (also NO_COLOR)'
complete -c monitis -n "__fish_monitis_using_subcommand rum; and not __fish_seen_subcommand_from usage rebalance help" -l yes -d 'Confirm destructive changes without a prompt'
complete -c monitis -n "__fish_monitis_using_subcommand rum; and not __fish_seen_subcommand_from usage rebalance help" -s h -l help -d 'Print help'
complete -c monitis -n "__fish_monitis_using_subcommand rum; and not __fish_seen_subcommand_from usage rebalance help" -s V -l version -d 'Print version'
complete -c monitis -n "__fish_monitis_using_subcommand rum; and not __fish_seen_subcommand_from usage rebalance help" -f -a "usage" -d 'Pageviews per order: ordered, used, remaining, suspended monitors, and when the order will exceed its quota at this cycle\'s rate'
complete -c monitis -n "__fish_monitis_using_subcommand rum; and not __fish_seen_subcommand_from usage rebalance help" -f -a "rebalance" -d 'Plan (and with --apply make) the moves that reactivate suspended RUM monitors'
complete -c monitis -n "__fish_monitis_using_subcommand rum; and not __fish_seen_subcommand_from usage rebalance help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c monitis -n "__fish_monitis_using_subcommand rum; and __fish_seen_subcommand_from usage" -l profile -d 'Saved account to use' -r
complete -c monitis -n "__fish_monitis_using_subcommand rum; and __fish_seen_subcommand_from usage" -l endpoint -d 'API endpoint [default: the hosted one]' -r
complete -c monitis -n "__fish_monitis_using_subcommand rum; and __fish_seen_subcommand_from usage" -l auth-mode -d 'How requests are authenticated [default: token]' -r -f -a "token\t''
checksum\t''"
complete -c monitis -n "__fish_monitis_using_subcommand rum; and __fish_seen_subcommand_from usage" -l client -d 'Act on one client of the reseller: its email, id or apikey' -r
complete -c monitis -n "__fish_monitis_using_subcommand rum; and __fish_seen_subcommand_from usage" -s o -l output -d 'Output format [default: table on a terminal, else tsv without header]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c monitis -n "__fish_monitis_using_subcommand rum; and __fish_seen_subcommand_from usage" -l columns -d 'Choose and order columns (table, csv, tsv) by field name' -r
complete -c monitis -n "__fish_monitis_using_subcommand rum; and __fish_seen_subcommand_from usage" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c monitis -n "__fish_monitis_using_subcommand rum; and __fish_seen_subcommand_from usage" -l timeout -d 'Give up after this long, all requests and retries included: 90, 90s, 5m, 1h [default: 60s; 10m for client import, monitor move --bulk, rum rebalance]' -r
complete -c monitis -n "__fish_monitis_using_subcommand rum; and __fish_seen_subcommand_from usage" -l all-clients -d 'Every client of the reseller (instead of --client)'
complete -c monitis -n "__fish_monitis_using_subcommand rum; and __fish_seen_subcommand_from usage" -l sandbox -d 'Use the embedded local sandbox: no server, no account'
complete -c monitis -n "__fish_monitis_using_subcommand rum; and __fish_seen_subcommand_from usage" -l no-header -d 'No header row'
complete -c monitis -n "__fish_monitis_using_subcommand rum; and __fish_seen_subcommand_from usage" -s q -l quiet -d 'Less on stderr'
complete -c monitis -n "__fish_monitis_using_subcommand rum; and __fish_seen_subcommand_from usage" -s v -l verbose -d 'More on stderr (-vv logs HTTP requests, secrets redacted)'
complete -c monitis -n "__fish_monitis_using_subcommand rum; and __fish_seen_subcommand_from usage" -l no-color -d 'No colour (also NO_COLOR)'
complete -c monitis -n "__fish_monitis_using_subcommand rum; and __fish_seen_subcommand_from usage" -l yes -d 'Confirm destructive changes without a prompt'
complete -c monitis -n "__fish_monitis_using_subcommand rum; and __fish_seen_subcommand_from usage" -s h -l help -d 'Print help'
complete -c monitis -n "__fish_monitis_using_subcommand rum; and __fish_seen_subcommand_from usage" -s V -l version -d 'Print version'
complete -c monitis -n "__fish_monitis_using_subcommand rum; and __fish_seen_subcommand_from rebalance" -l headroom -d 'Keep this percentage of each target\'s quota free' -r
complete -c monitis -n "__fish_monitis_using_subcommand rum; and __fish_seen_subcommand_from rebalance" -l batch-size -d 'Monitors per BulkChangeMonitorOrder request (the server re-evaluates the quotas of the orders involved once per request, so fewer, larger requests are faster)' -r
complete -c monitis -n "__fish_monitis_using_subcommand rum; and __fish_seen_subcommand_from rebalance" -l concurrency -d 'Requests in flight at once' -r
complete -c monitis -n "__fish_monitis_using_subcommand rum; and __fish_seen_subcommand_from rebalance" -l profile -d 'Saved account to use' -r
complete -c monitis -n "__fish_monitis_using_subcommand rum; and __fish_seen_subcommand_from rebalance" -l endpoint -d 'API endpoint [default: the hosted one]' -r
complete -c monitis -n "__fish_monitis_using_subcommand rum; and __fish_seen_subcommand_from rebalance" -l auth-mode -d 'How requests are authenticated [default: token]' -r -f -a "token\t''
checksum\t''"
complete -c monitis -n "__fish_monitis_using_subcommand rum; and __fish_seen_subcommand_from rebalance" -l client -d 'Act on one client of the reseller: its email, id or apikey' -r
complete -c monitis -n "__fish_monitis_using_subcommand rum; and __fish_seen_subcommand_from rebalance" -s o -l output -d 'Output format [default: table on a terminal, else tsv without header]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c monitis -n "__fish_monitis_using_subcommand rum; and __fish_seen_subcommand_from rebalance" -l columns -d 'Choose and order columns (table, csv, tsv) by field name' -r
complete -c monitis -n "__fish_monitis_using_subcommand rum; and __fish_seen_subcommand_from rebalance" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c monitis -n "__fish_monitis_using_subcommand rum; and __fish_seen_subcommand_from rebalance" -l timeout -d 'Give up after this long, all requests and retries included: 90, 90s, 5m, 1h [default: 60s; 10m for client import, monitor move --bulk, rum rebalance]' -r
complete -c monitis -n "__fish_monitis_using_subcommand rum; and __fish_seen_subcommand_from rebalance" -l all-clients -d 'Every client of the reseller (instead of --client)'
complete -c monitis -n "__fish_monitis_using_subcommand rum; and __fish_seen_subcommand_from rebalance" -l apply -d 'Make the moves (BulkChangeMonitorOrder), then read the usage back'
complete -c monitis -n "__fish_monitis_using_subcommand rum; and __fish_seen_subcommand_from rebalance" -l mix-managed -d 'Allow moves between a client\'s managed and non-managed orders'
complete -c monitis -n "__fish_monitis_using_subcommand rum; and __fish_seen_subcommand_from rebalance" -l sandbox -d 'Use the embedded local sandbox: no server, no account'
complete -c monitis -n "__fish_monitis_using_subcommand rum; and __fish_seen_subcommand_from rebalance" -l no-header -d 'No header row'
complete -c monitis -n "__fish_monitis_using_subcommand rum; and __fish_seen_subcommand_from rebalance" -s q -l quiet -d 'Less on stderr'
complete -c monitis -n "__fish_monitis_using_subcommand rum; and __fish_seen_subcommand_from rebalance" -s v -l verbose -d 'More on stderr (-vv logs HTTP requests, secrets redacted)'
complete -c monitis -n "__fish_monitis_using_subcommand rum; and __fish_seen_subcommand_from rebalance" -l no-color -d 'No colour (also NO_COLOR)'
complete -c monitis -n "__fish_monitis_using_subcommand rum; and __fish_seen_subcommand_from rebalance" -l yes -d 'Confirm destructive changes without a prompt'
complete -c monitis -n "__fish_monitis_using_subcommand rum; and __fish_seen_subcommand_from rebalance" -s h -l help -d 'Print help'
complete -c monitis -n "__fish_monitis_using_subcommand rum; and __fish_seen_subcommand_from rebalance" -s V -l version -d 'Print version'
complete -c monitis -n "__fish_monitis_using_subcommand rum; and __fish_seen_subcommand_from help" -f -a "usage" -d 'Pageviews per order: ordered, used, remaining, suspended monitors, and when the order will exceed its quota at this cycle\'s rate'
complete -c monitis -n "__fish_monitis_using_subcommand rum; and __fish_seen_subcommand_from help" -f -a "rebalance" -d 'Plan (and with --apply make) the moves that reactivate suspended RUM monitors'
complete -c monitis -n "__fish_monitis_using_subcommand rum; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and not __fish_seen_subcommand_from show branding extend-all help" -l profile -d 'Saved account to use' -r
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and not __fish_seen_subcommand_from show branding extend-all help" -l endpoint -d 'API endpoint [default: the hosted one]' -r
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and not __fish_seen_subcommand_from show branding extend-all help" -l auth-mode -d 'How requests are authenticated [default: token]' -r -f -a "token\t''
checksum\t''"
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and not __fish_seen_subcommand_from show branding extend-all help" -l client -d 'Act on one client of the reseller: its email, id or apikey' -r
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and not __fish_seen_subcommand_from show branding extend-all help" -s o -l output -d 'Output format [default: table on a terminal, else tsv without header]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and not __fish_seen_subcommand_from show branding extend-all help" -l columns -d 'Choose and order columns (table, csv, tsv) by field name' -r
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and not __fish_seen_subcommand_from show branding extend-all help" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and not __fish_seen_subcommand_from show branding extend-all help" -l timeout -d 'Give up after this long, all requests and retries included: 90, 90s, 5m, 1h [default: 60s; 10m for client import, monitor move --bulk, rum rebalance]' -r
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and not __fish_seen_subcommand_from show branding extend-all help" -l sandbox -d 'Use the embedded local sandbox: no server, no account'
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and not __fish_seen_subcommand_from show branding extend-all help" -l no-header -d 'No header row'
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and not __fish_seen_subcommand_from show branding extend-all help" -s q -l quiet -d 'Less on stderr'
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and not __fish_seen_subcommand_from show branding extend-all help" -s v -l verbose -d 'More on stderr (-vv logs HTTP requests, secrets redacted)'
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and not __fish_seen_subcommand_from show branding extend-all help" -l no-color -d 'No colour (also NO_COLOR)'
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and not __fish_seen_subcommand_from show branding extend-all help" -l yes -d 'Confirm destructive changes without a prompt'
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and not __fish_seen_subcommand_from show branding extend-all help" -s h -l help -d 'Print help'
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and not __fish_seen_subcommand_from show branding extend-all help" -s V -l version -d 'Print version'
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and not __fish_seen_subcommand_from show branding extend-all help" -f -a "show" -d 'The reseller account: billing standing and branding'
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and not __fish_seen_subcommand_from show branding extend-all help" -f -a "branding" -d 'The logo and support contact clients see instead of the platform\'s (R4)'
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and not __fish_seen_subcommand_from show branding extend-all help" -f -a "extend-all" -d 'After paying, reactivate the orders suspended for non-payment (R8); orders suspended by hand stay suspended'
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and not __fish_seen_subcommand_from show branding extend-all help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from show" -l profile -d 'Saved account to use' -r
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from show" -l endpoint -d 'API endpoint [default: the hosted one]' -r
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from show" -l auth-mode -d 'How requests are authenticated [default: token]' -r -f -a "token\t''
checksum\t''"
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from show" -l client -d 'Act on one client of the reseller: its email, id or apikey' -r
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [default: table on a terminal, else tsv without header]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from show" -l columns -d 'Choose and order columns (table, csv, tsv) by field name' -r
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from show" -l timeout -d 'Give up after this long, all requests and retries included: 90, 90s, 5m, 1h [default: 60s; 10m for client import, monitor move --bulk, rum rebalance]' -r
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from show" -l sandbox -d 'Use the embedded local sandbox: no server, no account'
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from show" -l no-header -d 'No header row'
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Less on stderr'
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More on stderr (-vv logs HTTP requests, secrets redacted)'
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from show" -l no-color -d 'No colour (also NO_COLOR)'
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from show" -l yes -d 'Confirm destructive changes without a prompt'
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from branding" -l profile -d 'Saved account to use' -r
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from branding" -l endpoint -d 'API endpoint [default: the hosted one]' -r
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from branding" -l auth-mode -d 'How requests are authenticated [default: token]' -r -f -a "token\t''
checksum\t''"
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from branding" -l client -d 'Act on one client of the reseller: its email, id or apikey' -r
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from branding" -s o -l output -d 'Output format [default: table on a terminal, else tsv without header]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from branding" -l columns -d 'Choose and order columns (table, csv, tsv) by field name' -r
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from branding" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from branding" -l timeout -d 'Give up after this long, all requests and retries included: 90, 90s, 5m, 1h [default: 60s; 10m for client import, monitor move --bulk, rum rebalance]' -r
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from branding" -l sandbox -d 'Use the embedded local sandbox: no server, no account'
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from branding" -l no-header -d 'No header row'
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from branding" -s q -l quiet -d 'Less on stderr'
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from branding" -s v -l verbose -d 'More on stderr (-vv logs HTTP requests, secrets redacted)'
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from branding" -l no-color -d 'No colour (also NO_COLOR)'
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from branding" -l yes -d 'Confirm destructive changes without a prompt'
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from branding" -s h -l help -d 'Print help'
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from branding" -s V -l version -d 'Print version'
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from branding" -f -a "show" -d 'Show the branding; unset fields show as `-` (clients then see the platform\'s)'
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from branding" -f -a "set" -d 'Set or clear the logo and support contact'
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from branding" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from extend-all" -l profile -d 'Saved account to use' -r
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from extend-all" -l endpoint -d 'API endpoint [default: the hosted one]' -r
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from extend-all" -l auth-mode -d 'How requests are authenticated [default: token]' -r -f -a "token\t''
checksum\t''"
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from extend-all" -l client -d 'Act on one client of the reseller: its email, id or apikey' -r
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from extend-all" -s o -l output -d 'Output format [default: table on a terminal, else tsv without header]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from extend-all" -l columns -d 'Choose and order columns (table, csv, tsv) by field name' -r
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from extend-all" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from extend-all" -l timeout -d 'Give up after this long, all requests and retries included: 90, 90s, 5m, 1h [default: 60s; 10m for client import, monitor move --bulk, rum rebalance]' -r
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from extend-all" -l sandbox -d 'Use the embedded local sandbox: no server, no account'
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from extend-all" -l no-header -d 'No header row'
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from extend-all" -s q -l quiet -d 'Less on stderr'
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from extend-all" -s v -l verbose -d 'More on stderr (-vv logs HTTP requests, secrets redacted)'
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from extend-all" -l no-color -d 'No colour (also NO_COLOR)'
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from extend-all" -l yes -d 'Confirm destructive changes without a prompt'
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from extend-all" -s h -l help -d 'Print help'
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from extend-all" -s V -l version -d 'Print version'
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from help" -f -a "show" -d 'The reseller account: billing standing and branding'
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from help" -f -a "branding" -d 'The logo and support contact clients see instead of the platform\'s (R4)'
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from help" -f -a "extend-all" -d 'After paying, reactivate the orders suspended for non-payment (R8); orders suspended by hand stay suspended'
complete -c monitis -n "__fish_monitis_using_subcommand reseller; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and not __fish_seen_subcommand_from init serve generate pageviews next-cycle billing help" -l profile -d 'Saved account to use' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and not __fish_seen_subcommand_from init serve generate pageviews next-cycle billing help" -l endpoint -d 'API endpoint [default: the hosted one]' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and not __fish_seen_subcommand_from init serve generate pageviews next-cycle billing help" -l auth-mode -d 'How requests are authenticated [default: token]' -r -f -a "token\t''
checksum\t''"
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and not __fish_seen_subcommand_from init serve generate pageviews next-cycle billing help" -l client -d 'Act on one client of the reseller: its email, id or apikey' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and not __fish_seen_subcommand_from init serve generate pageviews next-cycle billing help" -s o -l output -d 'Output format [default: table on a terminal, else tsv without header]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and not __fish_seen_subcommand_from init serve generate pageviews next-cycle billing help" -l columns -d 'Choose and order columns (table, csv, tsv) by field name' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and not __fish_seen_subcommand_from init serve generate pageviews next-cycle billing help" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and not __fish_seen_subcommand_from init serve generate pageviews next-cycle billing help" -l timeout -d 'Give up after this long, all requests and retries included: 90, 90s, 5m, 1h [default: 60s; 10m for client import, monitor move --bulk, rum rebalance]' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and not __fish_seen_subcommand_from init serve generate pageviews next-cycle billing help" -l sandbox -d 'Use the embedded local sandbox: no server, no account'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and not __fish_seen_subcommand_from init serve generate pageviews next-cycle billing help" -l no-header -d 'No header row'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and not __fish_seen_subcommand_from init serve generate pageviews next-cycle billing help" -s q -l quiet -d 'Less on stderr'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and not __fish_seen_subcommand_from init serve generate pageviews next-cycle billing help" -s v -l verbose -d 'More on stderr (-vv logs HTTP requests, secrets redacted)'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and not __fish_seen_subcommand_from init serve generate pageviews next-cycle billing help" -l no-color -d 'No colour (also NO_COLOR)'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and not __fish_seen_subcommand_from init serve generate pageviews next-cycle billing help" -l yes -d 'Confirm destructive changes without a prompt'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and not __fish_seen_subcommand_from init serve generate pageviews next-cycle billing help" -s h -l help -d 'Print help'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and not __fish_seen_subcommand_from init serve generate pageviews next-cycle billing help" -s V -l version -d 'Print version'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and not __fish_seen_subcommand_from init serve generate pageviews next-cycle billing help" -f -a "init" -d 'Create the database (if needed) and a reseller in it; print his keys as JSON'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and not __fish_seen_subcommand_from init serve generate pageviews next-cycle billing help" -f -a "serve" -d 'Serve the API at /api; the endpoint URL is the first line on stdout'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and not __fish_seen_subcommand_from init serve generate pageviews next-cycle billing help" -f -a "generate" -d 'Fill a database with generated clients, orders and monitors (fixed seed, same data)'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and not __fish_seen_subcommand_from init serve generate pageviews next-cycle billing help" -f -a "pageviews" -d 'Count pageviews for a RUM monitor, as if visitors came (R6 applies)'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and not __fish_seen_subcommand_from init serve generate pageviews next-cycle billing help" -f -a "next-cycle" -d 'Start the next billing cycle of every order: pageviews restart, RUM monitors come back (R6)'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and not __fish_seen_subcommand_from init serve generate pageviews next-cycle billing help" -f -a "billing" -d 'Mark the reseller paid or unpaid (unpaid suspends every client, R8)'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and not __fish_seen_subcommand_from init serve generate pageviews next-cycle billing help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from init" -l db -d 'SQLite database file' -r -F
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from init" -l profile -d 'Saved account to use' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from init" -l endpoint -d 'API endpoint [default: the hosted one]' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from init" -l auth-mode -d 'How requests are authenticated [default: token]' -r -f -a "token\t''
checksum\t''"
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from init" -l client -d 'Act on one client of the reseller: its email, id or apikey' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from init" -s o -l output -d 'Output format [default: table on a terminal, else tsv without header]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from init" -l columns -d 'Choose and order columns (table, csv, tsv) by field name' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from init" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from init" -l timeout -d 'Give up after this long, all requests and retries included: 90, 90s, 5m, 1h [default: 60s; 10m for client import, monitor move --bulk, rum rebalance]' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from init" -l demo -d 'Also seed demo clients, orders, one-time services and monitors'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from init" -l sandbox -d 'Use the embedded local sandbox: no server, no account'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from init" -l no-header -d 'No header row'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from init" -s q -l quiet -d 'Less on stderr'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from init" -s v -l verbose -d 'More on stderr (-vv logs HTTP requests, secrets redacted)'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from init" -l no-color -d 'No colour (also NO_COLOR)'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from init" -l yes -d 'Confirm destructive changes without a prompt'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from init" -s V -l version -d 'Print version'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l db -d 'SQLite database file (created by `sandbox init`)' -r -F
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l listen -d 'Address to listen on; port 0 picks a free port' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l fault-rate -d 'Share of requests answered with 503, half before and half after the change' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l fault-seed -d 'Seed of the fault injection, for repeatable runs (random when absent)' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l latency -d 'Delay added to every answer, in milliseconds' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l header-timeout -d 'Seconds a connection has to send a request\'s headers (also its idle timeout)' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l body-timeout -d 'Seconds a request\'s body has to arrive in full' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l max-connections -d 'Connections open at once; more wait to be accepted' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l shutdown-grace -d 'Seconds requests in flight may take after Ctrl-C or SIGTERM' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l request-budget -d 'Database time one request may take, in milliseconds' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l readers -d 'Read-only database connections beside the single writer' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l access-log -d 'Append the access log to FILE (created 0600) instead of stderr' -r -F
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l profile -d 'Saved account to use' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l endpoint -d 'API endpoint [default: the hosted one]' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l auth-mode -d 'How requests are authenticated [default: token]' -r -f -a "token\t''
checksum\t''"
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l client -d 'Act on one client of the reseller: its email, id or apikey' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s o -l output -d 'Output format [default: table on a terminal, else tsv without header]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l columns -d 'Choose and order columns (table, csv, tsv) by field name' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l timeout -d 'Give up after this long, all requests and retries included: 90, 90s, 5m, 1h [default: 60s; 10m for client import, monitor move --bulk, rum rebalance]' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l sandbox -d 'Use the embedded local sandbox: no server, no account'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l no-header -d 'No header row'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s q -l quiet -d 'Less on stderr'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s v -l verbose -d 'More on stderr (-vv logs HTTP requests, secrets redacted)'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l no-color -d 'No colour (also NO_COLOR)'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l yes -d 'Confirm destructive changes without a prompt'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s V -l version -d 'Print version'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from generate" -l db -d 'SQLite database file (created if needed)' -r -F
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from generate" -l clients -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from generate" -l orders-per-client -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from generate" -l monitors-per-order -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from generate" -l seed -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from generate" -l profile -d 'Saved account to use' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from generate" -l endpoint -d 'API endpoint [default: the hosted one]' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from generate" -l auth-mode -d 'How requests are authenticated [default: token]' -r -f -a "token\t''
checksum\t''"
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from generate" -l client -d 'Act on one client of the reseller: its email, id or apikey' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from generate" -s o -l output -d 'Output format [default: table on a terminal, else tsv without header]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from generate" -l columns -d 'Choose and order columns (table, csv, tsv) by field name' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from generate" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from generate" -l timeout -d 'Give up after this long, all requests and retries included: 90, 90s, 5m, 1h [default: 60s; 10m for client import, monitor move --bulk, rum rebalance]' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from generate" -l sandbox -d 'Use the embedded local sandbox: no server, no account'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from generate" -l no-header -d 'No header row'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from generate" -s q -l quiet -d 'Less on stderr'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from generate" -s v -l verbose -d 'More on stderr (-vv logs HTTP requests, secrets redacted)'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from generate" -l no-color -d 'No colour (also NO_COLOR)'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from generate" -l yes -d 'Confirm destructive changes without a prompt'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from generate" -s h -l help -d 'Print help'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from generate" -s V -l version -d 'Print version'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from pageviews" -l profile -d 'Saved account to use' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from pageviews" -l endpoint -d 'API endpoint [default: the hosted one]' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from pageviews" -l auth-mode -d 'How requests are authenticated [default: token]' -r -f -a "token\t''
checksum\t''"
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from pageviews" -l client -d 'Act on one client of the reseller: its email, id or apikey' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from pageviews" -s o -l output -d 'Output format [default: table on a terminal, else tsv without header]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from pageviews" -l columns -d 'Choose and order columns (table, csv, tsv) by field name' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from pageviews" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from pageviews" -l timeout -d 'Give up after this long, all requests and retries included: 90, 90s, 5m, 1h [default: 60s; 10m for client import, monitor move --bulk, rum rebalance]' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from pageviews" -l sandbox -d 'Use the embedded local sandbox: no server, no account'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from pageviews" -l no-header -d 'No header row'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from pageviews" -s q -l quiet -d 'Less on stderr'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from pageviews" -s v -l verbose -d 'More on stderr (-vv logs HTTP requests, secrets redacted)'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from pageviews" -l no-color -d 'No colour (also NO_COLOR)'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from pageviews" -l yes -d 'Confirm destructive changes without a prompt'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from pageviews" -s h -l help -d 'Print help'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from pageviews" -s V -l version -d 'Print version'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from next-cycle" -l profile -d 'Saved account to use' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from next-cycle" -l endpoint -d 'API endpoint [default: the hosted one]' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from next-cycle" -l auth-mode -d 'How requests are authenticated [default: token]' -r -f -a "token\t''
checksum\t''"
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from next-cycle" -l client -d 'Act on one client of the reseller: its email, id or apikey' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from next-cycle" -s o -l output -d 'Output format [default: table on a terminal, else tsv without header]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from next-cycle" -l columns -d 'Choose and order columns (table, csv, tsv) by field name' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from next-cycle" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from next-cycle" -l timeout -d 'Give up after this long, all requests and retries included: 90, 90s, 5m, 1h [default: 60s; 10m for client import, monitor move --bulk, rum rebalance]' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from next-cycle" -l sandbox -d 'Use the embedded local sandbox: no server, no account'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from next-cycle" -l no-header -d 'No header row'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from next-cycle" -s q -l quiet -d 'Less on stderr'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from next-cycle" -s v -l verbose -d 'More on stderr (-vv logs HTTP requests, secrets redacted)'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from next-cycle" -l no-color -d 'No colour (also NO_COLOR)'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from next-cycle" -l yes -d 'Confirm destructive changes without a prompt'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from next-cycle" -s h -l help -d 'Print help'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from next-cycle" -s V -l version -d 'Print version'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from billing" -l profile -d 'Saved account to use' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from billing" -l endpoint -d 'API endpoint [default: the hosted one]' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from billing" -l auth-mode -d 'How requests are authenticated [default: token]' -r -f -a "token\t''
checksum\t''"
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from billing" -l client -d 'Act on one client of the reseller: its email, id or apikey' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from billing" -s o -l output -d 'Output format [default: table on a terminal, else tsv without header]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from billing" -l columns -d 'Choose and order columns (table, csv, tsv) by field name' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from billing" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from billing" -l timeout -d 'Give up after this long, all requests and retries included: 90, 90s, 5m, 1h [default: 60s; 10m for client import, monitor move --bulk, rum rebalance]' -r
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from billing" -l sandbox -d 'Use the embedded local sandbox: no server, no account'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from billing" -l no-header -d 'No header row'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from billing" -s q -l quiet -d 'Less on stderr'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from billing" -s v -l verbose -d 'More on stderr (-vv logs HTTP requests, secrets redacted)'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from billing" -l no-color -d 'No colour (also NO_COLOR)'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from billing" -l yes -d 'Confirm destructive changes without a prompt'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from billing" -s h -l help -d 'Print help'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from billing" -s V -l version -d 'Print version'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "init" -d 'Create the database (if needed) and a reseller in it; print his keys as JSON'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Serve the API at /api; the endpoint URL is the first line on stdout'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "generate" -d 'Fill a database with generated clients, orders and monitors (fixed seed, same data)'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "pageviews" -d 'Count pageviews for a RUM monitor, as if visitors came (R6 applies)'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "next-cycle" -d 'Start the next billing cycle of every order: pageviews restart, RUM monitors come back (R6)'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "billing" -d 'Mark the reseller paid or unpaid (unpaid suspends every client, R8)'
complete -c monitis -n "__fish_monitis_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c monitis -n "__fish_monitis_using_subcommand completions" -l profile -d 'Saved account to use' -r
complete -c monitis -n "__fish_monitis_using_subcommand completions" -l endpoint -d 'API endpoint [default: the hosted one]' -r
complete -c monitis -n "__fish_monitis_using_subcommand completions" -l auth-mode -d 'How requests are authenticated [default: token]' -r -f -a "token\t''
checksum\t''"
complete -c monitis -n "__fish_monitis_using_subcommand completions" -l client -d 'Act on one client of the reseller: its email, id or apikey' -r
complete -c monitis -n "__fish_monitis_using_subcommand completions" -s o -l output -d 'Output format [default: table on a terminal, else tsv without header]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c monitis -n "__fish_monitis_using_subcommand completions" -l columns -d 'Choose and order columns (table, csv, tsv) by field name' -r
complete -c monitis -n "__fish_monitis_using_subcommand completions" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c monitis -n "__fish_monitis_using_subcommand completions" -l timeout -d 'Give up after this long, all requests and retries included: 90, 90s, 5m, 1h [default: 60s; 10m for client import, monitor move --bulk, rum rebalance]' -r
complete -c monitis -n "__fish_monitis_using_subcommand completions" -l sandbox -d 'Use the embedded local sandbox: no server, no account'
complete -c monitis -n "__fish_monitis_using_subcommand completions" -l no-header -d 'No header row'
complete -c monitis -n "__fish_monitis_using_subcommand completions" -s q -l quiet -d 'Less on stderr'
complete -c monitis -n "__fish_monitis_using_subcommand completions" -s v -l verbose -d 'More on stderr (-vv logs HTTP requests, secrets redacted)'
complete -c monitis -n "__fish_monitis_using_subcommand completions" -l no-color -d 'No colour (also NO_COLOR)'
complete -c monitis -n "__fish_monitis_using_subcommand completions" -l yes -d 'Confirm destructive changes without a prompt'
complete -c monitis -n "__fish_monitis_using_subcommand completions" -s h -l help -d 'Print help'
complete -c monitis -n "__fish_monitis_using_subcommand completions" -s V -l version -d 'Print version'
complete -c monitis -n "__fish_monitis_using_subcommand help; and not __fish_seen_subcommand_from auth client order service plan monitor rum reseller sandbox completions help" -f -a "auth" -d 'Log in, log out, see who you are, reset your keys'
complete -c monitis -n "__fish_monitis_using_subcommand help; and not __fish_seen_subcommand_from auth client order service plan monitor rum reseller sandbox completions help" -f -a "client" -d 'Onboard and manage clients, and see their dashboards'
complete -c monitis -n "__fish_monitis_using_subcommand help; and not __fish_seen_subcommand_from auth client order service plan monitor rum reseller sandbox completions help" -f -a "order" -d 'Sell and manage orders (packages)'
complete -c monitis -n "__fish_monitis_using_subcommand help; and not __fish_seen_subcommand_from auth client order service plan monitor rum reseller sandbox completions help" -f -a "service" -d 'The service catalog and one-time services'
complete -c monitis -n "__fish_monitis_using_subcommand help; and not __fish_seen_subcommand_from auth client order service plan monitor rum reseller sandbox completions help" -f -a "plan" -d 'A client\'s plan: totals, each order, services across all packages'
complete -c monitis -n "__fish_monitis_using_subcommand help; and not __fish_seen_subcommand_from auth client order service plan monitor rum reseller sandbox completions help" -f -a "monitor" -d 'Monitors: add, list, show, delete, move between orders'
complete -c monitis -n "__fish_monitis_using_subcommand help; and not __fish_seen_subcommand_from auth client order service plan monitor rum reseller sandbox completions help" -f -a "rum" -d 'Real User Monitoring: pageview usage and rebalancing'
complete -c monitis -n "__fish_monitis_using_subcommand help; and not __fish_seen_subcommand_from auth client order service plan monitor rum reseller sandbox completions help" -f -a "reseller" -d 'The reseller account: standing, branding, extend all clients'
complete -c monitis -n "__fish_monitis_using_subcommand help; and not __fish_seen_subcommand_from auth client order service plan monitor rum reseller sandbox completions help" -f -a "sandbox" -d 'Run and control the local reseller platform'
complete -c monitis -n "__fish_monitis_using_subcommand help; and not __fish_seen_subcommand_from auth client order service plan monitor rum reseller sandbox completions help" -f -a "completions" -d 'Print the completion script for a shell'
complete -c monitis -n "__fish_monitis_using_subcommand help; and not __fish_seen_subcommand_from auth client order service plan monitor rum reseller sandbox completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c monitis -n "__fish_monitis_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "login" -d 'Log in and save the account as a profile (secret key in the OS keyring)'
complete -c monitis -n "__fish_monitis_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "status" -d 'Who the credentials are, which endpoint, and where the secret is kept'
complete -c monitis -n "__fish_monitis_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "logout" -d 'Remove the profile and its secrets from the keyring'
complete -c monitis -n "__fish_monitis_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "reset-key" -d 'New API and secret keys for one\'s own account, saved where the old ones were'
complete -c monitis -n "__fish_monitis_using_subcommand help; and __fish_seen_subcommand_from client" -f -a "add" -d 'Create a client; prints its id, email and apikey'
complete -c monitis -n "__fish_monitis_using_subcommand help; and __fish_seen_subcommand_from client" -f -a "import" -d 'Create many clients from a CSV file (with a header) or JSON lines'
complete -c monitis -n "__fish_monitis_using_subcommand help; and __fish_seen_subcommand_from client" -f -a "list" -d 'List the clients (suspended: no active order, or the reseller is unpaid; R1)'
complete -c monitis -n "__fish_monitis_using_subcommand help; and __fish_seen_subcommand_from client" -f -a "show" -d 'Show a client; with a client\'s own credentials, one\'s own profile'
complete -c monitis -n "__fish_monitis_using_subcommand help; and __fish_seen_subcommand_from client" -f -a "edit" -d 'Change a client\'s name, email or password; as a client, one\'s own'
complete -c monitis -n "__fish_monitis_using_subcommand help; and __fish_seen_subcommand_from client" -f -a "delete" -d 'Delete a client with its orders, monitors and one-time services (asks first)'
complete -c monitis -n "__fish_monitis_using_subcommand help; and __fish_seen_subcommand_from client" -f -a "dashboard" -d 'What a client\'s dashboard shows: reachable or not (R1), logo and support contact (R4), enabled and disabled buttons and pages, inactive features (R5)'
complete -c monitis -n "__fish_monitis_using_subcommand help; and __fish_seen_subcommand_from order" -f -a "add" -d 'Sell a package to a client (--client): services and quantities, billing, lifetime'
complete -c monitis -n "__fish_monitis_using_subcommand help; and __fish_seen_subcommand_from order" -f -a "list" -d 'List orders: of one client with --client, else of every client'
complete -c monitis -n "__fish_monitis_using_subcommand help; and __fish_seen_subcommand_from order" -f -a "show" -d 'Show an order with its services'
complete -c monitis -n "__fish_monitis_using_subcommand help; and __fish_seen_subcommand_from order" -f -a "suspend" -d 'Suspend an order; its monitors are suspended with it (R9)'
complete -c monitis -n "__fish_monitis_using_subcommand help; and __fish_seen_subcommand_from order" -f -a "activate" -d 'Activate an order again; its monitors come back, subject to the RUM quota (R6, R9)'
complete -c monitis -n "__fish_monitis_using_subcommand help; and __fish_seen_subcommand_from order" -f -a "delete" -d 'Delete an order; its monitors are suspended (asks first)'
complete -c monitis -n "__fish_monitis_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "list" -d 'The service catalog: package services (for orders) and one-time services'
complete -c monitis -n "__fish_monitis_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "buy" -d 'Buy a one-time service for a client (--client), outside any package (R5)'
complete -c monitis -n "__fish_monitis_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "show" -d 'The plan of a client (--client), or one\'s own with client credentials: per service the total over active orders and what is used; each order; and the services across all packages'
complete -c monitis -n "__fish_monitis_using_subcommand help; and __fish_seen_subcommand_from monitor" -f -a "add" -d 'Add a monitor to an order; it takes one of the order\'s slots for its type'
complete -c monitis -n "__fish_monitis_using_subcommand help; and __fish_seen_subcommand_from monitor" -f -a "list" -d 'List monitors: the client\'s with --client, else every client\'s'
complete -c monitis -n "__fish_monitis_using_subcommand help; and __fish_seen_subcommand_from monitor" -f -a "show" -d 'Show one monitor'
complete -c monitis -n "__fish_monitis_using_subcommand help; and __fish_seen_subcommand_from monitor" -f -a "delete" -d 'Delete monitors (R6 may then reactivate their order\'s RUM monitors)'
complete -c monitis -n "__fish_monitis_using_subcommand help; and __fish_seen_subcommand_from monitor" -f -a "move" -d 'Move monitors to another order of the same client; a re-run moves nothing twice'
complete -c monitis -n "__fish_monitis_using_subcommand help; and __fish_seen_subcommand_from rum" -f -a "usage" -d 'Pageviews per order: ordered, used, remaining, suspended monitors, and when the order will exceed its quota at this cycle\'s rate'
complete -c monitis -n "__fish_monitis_using_subcommand help; and __fish_seen_subcommand_from rum" -f -a "rebalance" -d 'Plan (and with --apply make) the moves that reactivate suspended RUM monitors'
complete -c monitis -n "__fish_monitis_using_subcommand help; and __fish_seen_subcommand_from reseller" -f -a "show" -d 'The reseller account: billing standing and branding'
complete -c monitis -n "__fish_monitis_using_subcommand help; and __fish_seen_subcommand_from reseller" -f -a "branding" -d 'The logo and support contact clients see instead of the platform\'s (R4)'
complete -c monitis -n "__fish_monitis_using_subcommand help; and __fish_seen_subcommand_from reseller" -f -a "extend-all" -d 'After paying, reactivate the orders suspended for non-payment (R8); orders suspended by hand stay suspended'
complete -c monitis -n "__fish_monitis_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "init" -d 'Create the database (if needed) and a reseller in it; print his keys as JSON'
complete -c monitis -n "__fish_monitis_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "serve" -d 'Serve the API at /api; the endpoint URL is the first line on stdout'
complete -c monitis -n "__fish_monitis_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "generate" -d 'Fill a database with generated clients, orders and monitors (fixed seed, same data)'
complete -c monitis -n "__fish_monitis_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "pageviews" -d 'Count pageviews for a RUM monitor, as if visitors came (R6 applies)'
complete -c monitis -n "__fish_monitis_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "next-cycle" -d 'Start the next billing cycle of every order: pageviews restart, RUM monitors come back (R6)'
complete -c monitis -n "__fish_monitis_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "billing" -d 'Mark the reseller paid or unpaid (unpaid suspends every client, R8)'
