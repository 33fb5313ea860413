# METADATA
# title: Sensitive business flow without documented anti-automation
# description: >-
#   A POST operation whose last path segment names a business flow that bots abuse at scale
#   (sign-up, checkout, purchase, orders, payments, transfers, bookings, comments, reviews, votes,
#   invitations, coupons) documents no `429` response, rate-limit or `Retry-After` header,
#   rate-limit extension or CAPTCHA parameter. Scalping, spam, fake accounts and coupon abuse all rely on calling such flows
#   faster than a human would. Login, token and password flows are covered by
#   auth-endpoint-without-rate-limit.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa6-unrestricted-access-to-sensitive-business-flows/
#   - https://cwe.mitre.org/data/definitions/799.html
# custom:
#   id: business-flow-without-rate-limit
#   severity: low
#   ruleset: recommended
#   owasp: [API6:2023]
#   cwe: [799, 770]
#   remediation: >-
#     Protect the flow against automation (per-user and per-device rate limits, CAPTCHA or proof of
#     work, purchase limits) and document it: a `429` response with `Retry-After`, RateLimit headers
#     or an `x-rate-limit` extension.
package oasguard.rules.flows.business_flow_without_rate_limit

import data.oasguard.lib

flow_words := {
	"signup", "register", "registration", "registrations", "checkout", "purchase", "purchases",
	"order", "orders", "payment", "payments", "pay", "transfer", "transfers", "booking", "bookings",
	"reservation", "reservations", "reserve", "comment", "comments", "review", "reviews", "vote",
	"votes", "rating", "ratings", "invite", "invites", "invitation", "invitations", "referral",
	"referrals", "redeem", "coupon", "coupons", "voucher", "vouchers", "donation", "donations",
}

auth_words := {"login", "logon", "signin", "token", "tokens", "session", "sessions", "password", "otp", "mfa", "auth"}

findings contains lib.finding(op, msg) if {
	some op in input.operations
	op.method == "post"
	words := lib.data_path_words(op.path)
	count(words & auth_words) == 0
	hits := action_words(op.path) & flow_words
	count(hits) > 0
	not lib.data_rate_limited(op)
	msg := sprintf("%s is a %s flow but documents no rate limit, 429 response or CAPTCHA", [lib.operation_label(op), concat("/", sort(hits))])
}

# action_words name what the operation does: the last literal segment of the
# path, glued and by its last word ("/carts/{id}/check-out" -> {"checkout",
# "out"}), so /payments/billings or /PaymentStatus are not payments.
action_words(path) := {lib.data_joined(seg), lib.data_last_word(seg)} if {
	lits := [s | some s in split(path, "/"); s != ""; not contains(s, "{")]
	count(lits) > 0
	seg := lits[count(lits) - 1]
}
