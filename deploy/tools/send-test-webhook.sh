#!/usr/bin/env bash
# Sends the local stack a billing webhook signed with this machine's secret (deploy/lib/stack-secrets.sh), the way the
# provider would: a subscription for USER_EMAIL on PLAN, so the user moves to that plan.
#   deploy/tools/send-test-webhook.sh USER_EMAIL [PLAN=pro] [PROVIDER=stripe|paddle]
# Stripe: Stripe-Signature t=<unix>,v1=<hex HMAC-SHA256 of "t.body">; Paddle: Paddle-Signature ts=<unix>;h1=<hex of "ts:body">.
# API_URL (default http://127.0.0.1:${API_PORT:-5080}) is where it goes. A new event id each time (duplicates are ignored).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/../lib/common.sh"
. "$HERE/../lib/stack-secrets.sh"

email=${1:?usage: deploy/tools/send-test-webhook.sh USER_EMAIL [PLAN=pro] [PROVIDER=stripe|paddle]}
plan=${2:-pro}
provider=${3:-stripe}
api_url=${API_URL:-http://127.0.0.1:${API_PORT:-5080}}
[[ $plan =~ ^(free|pro|team)$ ]] || die "PLAN must be free, pro or team"
[[ $email =~ ^[^\"\\[:space:][:cntrl:]]+@[^\"\\[:space:][:cntrl:]]+$ ]] || die "USER_EMAIL does not look like an e-mail address"
command -v openssl >/dev/null || die "openssl is needed to sign (apt-get install -y openssl)"
command -v curl >/dev/null || die "curl is needed to send (apt-get install -y curl)"

ensure_stack_secrets
now=$(date +%s)
end=$((now + 30 * 24 * 3600))
event_id="evt_local_$(random_secret 12)"
hmac_hex() { printf '%s' "$2" | openssl dgst -sha256 -hmac "$1" -r | cut -d' ' -f1; }

case $provider in
  stripe)
    body=$(printf '{"id":"%s","object":"event","api_version":"2025-10-29.clover","created":%s,"livemode":false,"type":"customer.subscription.updated","data":{"object":{"id":"sub_local_%s","object":"subscription","customer":"cus_local","status":"active","metadata":{"email":"%s"},"items":{"object":"list","data":[{"id":"si_local","object":"subscription_item","current_period_start":%s,"current_period_end":%s,"price":{"id":"price_%s","object":"price","lookup_key":"%s"}}]}}}}' \
      "$event_id" "$now" "$event_id" "$email" "$now" "$end" "$plan" "$plan")
    header="Stripe-Signature: t=$now,v1=$(hmac_hex "$STACK_STRIPE_WEBHOOK_SECRET" "$now.$body")"
    ;;
  paddle)
    starts=$(date -u -d "@$now" +%Y-%m-%dT%H:%M:%SZ)
    ends=$(date -u -d "@$end" +%Y-%m-%dT%H:%M:%SZ)
    body=$(printf '{"event_id":"%s","event_type":"subscription.updated","occurred_at":"%s","notification_id":"ntf_%s","data":{"id":"sub_local_%s","status":"active","customer_id":"ctm_local","custom_data":{"email":"%s"},"items":[{"price":{"id":"pri_%s","custom_data":{"planCode":"%s"}},"quantity":1}],"current_billing_period":{"starts_at":"%s","ends_at":"%s"}}}' \
      "$event_id" "$starts" "$event_id" "$event_id" "$email" "$plan" "$plan" "$starts" "$ends")
    header="Paddle-Signature: ts=$now;h1=$(hmac_hex "$STACK_PADDLE_WEBHOOK_SECRET" "$now:$body")"
    ;;
  *) die "PROVIDER must be stripe or paddle" ;;
esac

log "POST $api_url/api/billing/webhooks/$provider ($event_id: $email -> $plan)"
curl -sS -X POST "$api_url/api/billing/webhooks/$provider" -H 'Content-Type: application/json' -H "$header" --data-binary "$body" \
  -w '\nHTTP %{http_code}\n'
