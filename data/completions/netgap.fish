# fish completion for netgap; hand-written (CLI11 2.1 cannot generate completions).
set -l commands audit diff trend import evidence validate dedupe explain label log init taxonomy
complete -c netgap -f
complete -c netgap -n "not __fish_seen_subcommand_from $commands" -a audit -d 'Score each network type and say what to do'
complete -c netgap -n "not __fish_seen_subcommand_from $commands" -a diff -d 'Compare two audits'
complete -c netgap -n "not __fish_seen_subcommand_from $commands" -a trend -d 'Score and coverage over saved audits'
complete -c netgap -n "not __fish_seen_subcommand_from $commands" -a import -d 'Turn exports into a roster'
complete -c netgap -n "not __fish_seen_subcommand_from $commands" -a evidence -d 'Interactions in a LinkedIn export, mbox or .ics'
complete -c netgap -n "not __fish_seen_subcommand_from $commands" -a validate -d 'Check a roster'
complete -c netgap -n "not __fish_seen_subcommand_from $commands" -a dedupe -d 'Contacts that are one person; --apply merges them'
complete -c netgap -n "not __fish_seen_subcommand_from $commands" -a explain -d 'Why each contact is where it is'
complete -c netgap -n "not __fish_seen_subcommand_from $commands" -a label -d 'Ask which category each unclassified contact is in'
complete -c netgap -n "__fish_seen_subcommand_from label" -l batch -d 'Read the answers from standard input'
complete -c netgap -n "not __fish_seen_subcommand_from $commands" -a log -d 'Record an interaction with a contact by hand'
complete -c netgap -n "__fish_seen_subcommand_from log" -l date -x
complete -c netgap -n "__fish_seen_subcommand_from log" -l kind -x -a 'call meeting message mail invitation'
complete -c netgap -n "__fish_seen_subcommand_from log" -l note -x
complete -c netgap -n "not __fish_seen_subcommand_from $commands" -a init -d 'Write a starter roster'
complete -c netgap -n "not __fish_seen_subcommand_from $commands" -a taxonomy -d 'The network types'
complete -c netgap -l taxonomy -r -F -d 'Another taxonomy file'
complete -c netgap -l color -x -a 'auto always never' -d 'Colour the report'
complete -c netgap -s q -l quiet -d 'Print no warnings'
complete -c netgap -l threads -x -a '1 2' -d 'Use at most N threads'
complete -c netgap -l config -r -F -d 'Read options from a TOML file'
complete -c netgap -l version -d 'Print the version'
complete -c netgap -n "__fish_seen_subcommand_from audit diff" -s f -l format -x -a 'text json markdown tsv github junit html'
complete -c netgap -n "__fish_seen_subcommand_from taxonomy" -s f -l format -x -a 'text json markdown'
complete -c netgap -n "__fish_seen_subcommand_from trend" -s f -l format -x -a 'text json html'
complete -c netgap -n "__fish_seen_subcommand_from explain evidence dedupe" -s f -l format -x -a 'text json'
complete -c netgap -n "__fish_seen_subcommand_from audit diff import validate explain" -l from -x -a 'auto json vcard linkedin google outlook csv'
complete -c netgap -n "__fish_seen_subcommand_from audit diff import validate explain" -l owner -r -F
complete -c netgap -n "__fish_seen_subcommand_from audit diff import validate explain" -l strict
complete -c netgap -n "__fish_seen_subcommand_from audit diff import validate explain evidence" -l verbose
complete -c netgap -n "__fish_seen_subcommand_from evidence import audit" -l owner-email -x
complete -c netgap -n "__fish_seen_subcommand_from evidence import audit" -l owner-url -x
complete -c netgap -n "__fish_seen_subcommand_from audit diff evidence import explain" -l as-of -x
complete -c netgap -n "__fish_seen_subcommand_from audit" -l activity -r -F
complete -c netgap -n "__fish_seen_subcommand_from audit diff" -l window -x
complete -c netgap -n "__fish_seen_subcommand_from audit" -l fail-on -x -a 'missing weak developing off'
complete -c netgap -n "__fish_seen_subcommand_from audit" -l fail-under -x
complete -c netgap -n "__fish_seen_subcommand_from audit" -l target -x
complete -c netgap -n "__fish_seen_subcommand_from audit" -l weight -x
complete -c netgap -n "__fish_seen_subcommand_from audit" -l top -x
complete -c netgap -n "__fish_seen_subcommand_from audit" -l exit-zero
complete -c netgap -n "__fish_seen_subcommand_from audit" -l baseline -r -F
complete -c netgap -n "__fish_seen_subcommand_from audit" -l save -r -a '(__fish_complete_directories)'
complete -c netgap -n "__fish_seen_subcommand_from audit import init" -l force
complete -c netgap -n "__fish_seen_subcommand_from diff" -l fail-on-regression
complete -c netgap -n "__fish_seen_subcommand_from audit diff trend explain taxonomy import" -s o -l output -r -F
complete -c netgap -n "__fish_seen_subcommand_from audit" -l history -r -a '(__fish_complete_directories)'
complete -c netgap -n "__fish_seen_subcommand_from audit diff" -l anonymize
complete -c netgap -n "__fish_seen_subcommand_from import" -l merge -r -F
complete -c netgap -n "__fish_seen_subcommand_from dedupe" -l apply
complete -c netgap -n "__fish_seen_subcommand_from dedupe" -l strict
complete -c netgap -n "__fish_seen_subcommand_from diff" -l fail-on-decay
complete -c netgap -n "__fish_seen_subcommand_from diff" -l no-fail-on-regression
complete -c netgap -n "__fish_seen_subcommand_from diff" -l no-fail-on-decay
complete -c netgap -n "__fish_seen_subcommand_from diff" -l tolerance -x
complete -c netgap -n "__fish_seen_subcommand_from import" -l dry-run
complete -c netgap -n "__fish_seen_subcommand_from trend" -x -a '(__fish_complete_directories)'
complete -c netgap -n "__fish_seen_subcommand_from audit diff import evidence validate dedupe explain label log init" -F
complete -c netgap -n "__fish_seen_subcommand_from taxonomy" -a 'data-science-community domain recruiters researchers alumni mentors peers cross-functional operational strategic developmental'
