# shellcheck shell=bash
# The local stack's secrets: one random JWT signing key and one webhook signing secret per billing provider, made once
# per machine and kept outside the repository, readable by the owner only, reused on every later run.
#   . deploy/lib/stack-secrets.sh; ensure_stack_secrets      -> creates the file if needed and exports the variables
# File: $RESUME_EXPORT_SECRETS_FILE (default ${XDG_CONFIG_HOME:-$HOME/.config}/resume-export/stack-secrets.env, mode 600)
# Variables: STACK_JWT_SIGNING_KEY, STACK_STRIPE_WEBHOOK_SECRET, STACK_PADDLE_WEBHOOK_SECRET
# Nothing in git signs tokens or webhooks that a running stack accepts: the keys exist only on the machine that made them.

STACK_SECRET_NAMES=(STACK_JWT_SIGNING_KEY STACK_STRIPE_WEBHOOK_SECRET STACK_PADDLE_WEBHOOK_SECRET)

stack_secrets_file() {
  echo "${RESUME_EXPORT_SECRETS_FILE:-${XDG_CONFIG_HOME:-$HOME/.config}/resume-export/stack-secrets.env}"
}

# random_secret BYTES: BYTES random bytes from the kernel as lower-case hex (no openssl needed).
random_secret() {
  od -An -N"$1" -tx1 /dev/urandom | tr -d ' \n'
}

new_stack_secret() {   # new_stack_secret NAME: a fresh value in the provider's usual shape
  case $1 in
    STACK_JWT_SIGNING_KEY)       random_secret 48 ;;                      # 96 hex characters, 384 bits
    STACK_STRIPE_WEBHOOK_SECRET) echo "whsec_$(random_secret 32)" ;;
    STACK_PADDLE_WEBHOOK_SECRET) echo "pdl_ntfset_$(random_secret 32)" ;;
  esac
}

# ensure_stack_secrets: make the file (or add what it lacks), keep it at mode 600 in a 700 directory, export the values.
ensure_stack_secrets() {
  local file dir name value
  file=$(stack_secrets_file)
  dir=$(dirname "$file")
  ( umask 077; mkdir -p "$dir" )
  chmod 700 "$dir"
  ( umask 077; touch "$file" )
  chmod 600 "$file"
  for name in "${STACK_SECRET_NAMES[@]}"; do
    value=$(sed -n "s/^$name=//p" "$file" | tail -n 1)
    if [[ -z "$value" ]]; then
      value=$(new_stack_secret "$name")
      printf '%s=%s\n' "$name" "$value" >> "$file"
    fi
    export "$name=$value"
  done
}
