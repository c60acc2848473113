# bash completion for netgap                                 -*- shell-script -*-
# Hand-written (CLI11 2.1 cannot generate completions); keep in step with src/cli/cmd_*.cpp.

_netgap() {
  local cur prev words cword
  if declare -F _init_completion >/dev/null; then
    _init_completion || return
  else
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD-1]}
    words=("${COMP_WORDS[@]}")
    cword=$COMP_CWORD
  fi

  local commands="audit diff trend import evidence validate dedupe explain label log init taxonomy"
  local global="--help --version --taxonomy --color -q --quiet --threads --config"
  local after="--taxonomy --color -q --quiet --threads --config"  # global options also work after the command
  local input="--from --strict --verbose --owner"
  local command="" i
  for ((i = 1; i < cword; i++)); do
    case " $commands " in *" ${words[i]} "*) command=${words[i]}; break ;; esac
  done

  case $prev in
    --format|-f)
      case $command in
        audit|diff) COMPREPLY=($(compgen -W "text json markdown tsv github junit html" -- "$cur")) ;;
        taxonomy) COMPREPLY=($(compgen -W "text json markdown" -- "$cur")) ;;
        trend) COMPREPLY=($(compgen -W "text json html" -- "$cur")) ;;
        explain|evidence|dedupe) COMPREPLY=($(compgen -W "text json" -- "$cur")) ;;
      esac
      return ;;
    --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
    --threads) COMPREPLY=($(compgen -W "1 2" -- "$cur")); return ;;
    --from) COMPREPLY=($(compgen -W "auto json vcard linkedin google outlook csv" -- "$cur")); return ;;
    --fail-on) COMPREPLY=($(compgen -W "missing weak developing off" -- "$cur")); return ;;
    --kind) COMPREPLY=($(compgen -W "call meeting message mail invitation" -- "$cur")); return ;;
    --target|--weight)
      COMPREPLY=($(compgen -W "data-science-community= domain= recruiters= researchers= alumni= mentors= peers= cross-functional= operational= strategic= developmental=" -- "$cur"))
      compopt -o nospace 2>/dev/null
      return ;;
    --save|--history) COMPREPLY=($(compgen -d -- "$cur")); return ;;
    --taxonomy|--config|--owner|--baseline|--merge|--activity|-o|--output) COMPREPLY=($(compgen -f -- "$cur")); return ;;
    --as-of|--window|--top|--fail-under|--owner-email|--owner-url|--tolerance|--date|--note) return ;;
  esac

  if [[ -z $command ]]; then
    if [[ $cur == -* ]]; then
      COMPREPLY=($(compgen -W "$global" -- "$cur"))
    else
      COMPREPLY=($(compgen -W "$commands" -- "$cur"))
    fi
    return
  fi

  local options=""
  case $command in
    audit) options="--format --output --as-of --window --target --weight --top --fail-under --fail-on --exit-zero --baseline --save --force --history --anonymize --activity --owner-email --owner-url $input" ;;
    diff) options="--format --output --fail-on-regression --fail-on-decay --no-fail-on-regression --no-fail-on-decay --tolerance --as-of --window --anonymize $input" ;;
    trend) options="--format --output" ;;
    import) options="--output --force --merge --dry-run --owner-email --owner-url --as-of $input" ;;
    evidence) options="--owner-email --owner-url --as-of --format --verbose" ;;
    validate) options="$input" ;;
    dedupe) options="--apply --format --strict" ;;
    explain) options="--format --output --as-of $input" ;;
    label) options="--batch" ;;
    log) options="--date --kind --note" ;;
    init) options="--force" ;;
    taxonomy) options="--format --output" ;;
  esac
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$options --help $after" -- "$cur"))
  elif [[ $command == taxonomy ]]; then
    COMPREPLY=($(compgen -W "data-science-community domain recruiters researchers alumni mentors peers cross-functional operational strategic developmental" -- "$cur"))
  elif [[ $command == trend ]]; then
    COMPREPLY=($(compgen -d -- "$cur"))
  else
    COMPREPLY=($(compgen -f -- "$cur"))
  fi
}
complete -F _netgap netgap
