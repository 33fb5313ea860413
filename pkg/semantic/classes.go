package semantic

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
)

// The data classes of the semantic layer.
const (
	Credential    = "credential"
	KeyMaterial   = "key_material"
	ContactPII    = "contact_pii"
	GovernmentID  = "government_id"
	Financial     = "financial"
	Privilege     = "privilege"
	Internal      = "internal"
	CapabilityURL = "capability_url"
)

// Classes lists every data class, in a stable order.
var Classes = []string{Credential, KeyMaterial, ContactPII, GovernmentID, Financial, Privilege, Internal, CapabilityURL}

// Subject is what the data classifier reads about one property or
// parameter.
type Subject struct {
	Name        string
	Type        string // the declared type of its schema, "" when none
	Format      string
	Pattern     string
	Description string
	Examples    []any
	// Siblings are the names of the other properties of the same object.
	Siblings []string
	// Enum are the values the schema allows, when it lists them.
	Enum []any
	// Internal is true when the schema is marked x-internal.
	Internal bool
	// Header is true for a header parameter.
	Header bool
}

// Decision is one class given to a subject with what decided it.
type Decision struct {
	Class    string
	Evidence []string
}

// metaTails end names of facts about a secret or a number, not the value:
// key_id, password_policy, card_last4, cvc_check, token_type, secret_name.
var metaTails = set("id", "ids", "name", "names", "type", "types", "prefix", "suffix", "hint", "fingerprint",
	"last4", "last", "length", "count", "expires", "expiry", "expiration", "at", "date", "time", "status",
	"policy", "policies", "format", "version", "algorithm", "alg", "label", "description", "check", "checks",
	"required", "enabled", "set", "exists", "changed", "updated", "reset", "verified", "strength", "rules",
	"requirements", "min", "max", "ttl", "lifetime", "location", "header", "param", "parameter", "field",
	"ref", "reference", "arn", "path", "source", "kind", "mode", "scheme", "provider", "owner", "uses", "usage",
	"sent", "url", "uri", "endpoint", "method", "methods", "brand", "country", "currency", "funding", "network",
	"digits", "masked", "mask", "display", "preview", "template", "configured", "present", "supported", "uuid", "guid")

// referenceWords mark names that point at a secret kept elsewhere.
var referenceWords = set("from", "ref", "reference", "arn", "public", "vault", "store")

// passwordFormatNames are words of names whose value format: password marks
// as a credential; other names with that format (AWS marks every sensitive
// string so) are sensitive but not credentials.
var passwordFormatNames = set("password", "passwd", "pwd", "passphrase", "pass", "secret", "key", "token", "pin",
	"code", "seed", "psk", "credential", "credentials", "auth", "otp", "value", "cvv", "cvc")

var (
	passwordWords  = set("password", "passwd", "pwd", "passphrase")
	credTokenKinds = set("access", "refresh", "id", "auth", "authentication", "authorization", "bearer", "session",
		"api", "personal", "bot", "oauth", "jwt", "reset", "verification", "secret", "private", "security", "app",
		"user", "github", "git", "service", "integration", "magic", "invite", "invitation", "confirmation", "login")
	nonCredTokenStarts = set("page", "next", "prev", "previous", "continuation", "pagination", "cursor", "sync",
		"resume", "idempotency", "client", "request", "csrf", "xsrf", "marker", "start", "starting", "end",
		"change", "changes", "delta", "skip", "upload", "batch", "nonce", "last", "first", "etag", "max", "total",
		"prompt", "completion", "output", "input", "cached", "reasoning")
	otpCodeKinds = set("verification", "otp", "mfa", "confirmation", "reset", "sms",
		"totp", "recovery", "backup", "security", "login", "activation", "one", "2fa")
	keyKinds      = set("private", "signing", "encryption", "master", "hmac", "tls", "ssl", "decryption", "symmetric")
	apiKeyKinds   = set("api", "secret", "client", "shared", "webhook", "app", "application", "service", "account", "license", "subscription", "admin")
	namedPersonal = set("firstname", "lastname", "fullname", "givenname", "familyname", "surname", "middlename",
		"maidenname", "legalname", "dob", "dateofbirth", "birthdate", "birthday", "vin", "licenseplate",
		"numberplate", "plate", "platenumber", "streetaddress", "street", "addressline1", "addressline2",
		"homeaddress", "postaladdress", "mailingaddress", "residentialaddress", "billingaddress", "shippingaddress")
	govWords      = set("ssn", "passport", "aadhaar", "nino", "cpf", "curp", "nationalid", "nationalidnumber")
	businessWords = set("merchant", "company", "business", "vat", "seller", "vendor", "organization",
		"organisation", "corporate", "supplier", "receiver", "platform")
	privilegeTails = set("role", "roles", "admin", "administrator", "superuser", "superadmin", "staff",
		"permission", "permissions", "privilege", "privileges", "scope", "scopes", "acl", "acls",
		"entitlement", "entitlements", "grants")
	capabilityWords = set("signed", "presigned", "share", "shared", "sharing", "invite", "invitation", "magic",
		"reset", "secret", "private", "temporary", "temp", "capability", "verification", "confirmation", "login",
		"unsubscribe", "download", "upload")
	urlTails = set("url", "uri", "link", "href")
	// cardOutcomeTails end names of results about card data, not the data.
	cardOutcomeTails = set("failure", "failed", "result", "results", "outcome", "token", "provided", "match", "matched", "error", "response")
)

// classifyName decides the classes that a name alone shows.
func classifyName(name string) []Decision {
	ws := Words(name)
	if len(ws) == 0 {
		return nil
	}
	j := strings.Join(ws, "")
	l := last(ws)
	var out []Decision
	add := func(class, format string, args ...any) {
		out = append(out, Decision{Class: class, Evidence: []string{fmt.Sprintf(format, args...)}})
	}
	flag := flagName(ws)
	meta := metaTails[l] && len(ws) > 1
	if flag {
		// A flag about the thing (has_password), not the thing.
		if set("admin", "superuser", "superadmin", "staff", "administrator", "root", "owner")[l] {
			add(Privilege, "name %q: an administrator flag", name)
		}
		return out
	}
	switch {
	case meta:
		// A fact about a secret (key_id, token_type, password_policy).
	case passwordWords[l] || (hasAny(ws, passwordWords) != "" && set("hash", "hashed", "digest", "salt", "confirmation", "confirm", "plain", "plaintext", "encrypted", "cleartext", "new", "old", "current")[l]):
		add(Credential, "name %q: a password", name)
	case hasAny(ws, referenceWords) != "":
		// value_from_secret, secret_ref: where a secret is kept, not the secret.
	case l == "secret" || (l == "key" && hasAny(ws, set("secret")) != "") || j == "secretaccesskey":
		add(Credential, "name %q: a secret", name)
	case l == "key" && keyKinds[before(ws)]:
		add(KeyMaterial, "name %q: a %s key", name, before(ws))
	case l == "pem" || j == "privatekeypem" || strings.HasSuffix(j, "privatekey"):
		if hasAny(ws, set("public")) == "" {
			add(KeyMaterial, "name %q: private key material", name)
		}
	case j == "apikey" || j == "xapikey" || (l == "key" && apiKeyKinds[before(ws)]):
		add(Credential, "name %q: an API key or credential", name)
	case j == "token" || (l == "token" && credTokenKinds[before(ws)] && !nonCredTokenStarts[ws[0]]):
		add(Credential, "name %q: a credential token", name)
	case j == "sessionid" || j == "sessionkey" || j == "sessiontoken":
		add(Credential, "name %q: a session identifier", name)
	case l == "otp" || l == "totp" || l == "hotp" || j == "onetimepassword" || (l == "code" && otpCodeKinds[before(ws)]) || (l == "codes" && set("recovery", "backup")[before(ws)]):
		add(Credential, "name %q: a one-time or verification code", name)
	case l == "pin" && hasAny(ws, set("card")) == "":
		add(Credential, "name %q: a PIN", name)
	}
	switch {
	case l == "email" || l == "emails" || l == "mail" || (l == "address" && hasAny(ws, set("email", "mail")) != ""):
		add(ContactPII, "name %q: an e-mail address", name)
	case set("phone", "phones", "mobile", "msisdn", "telephone", "cellphone", "fax")[l] || (set("number", "no", "num")[l] && hasAny(ws, set("phone", "mobile", "telephone", "cellphone")) != ""):
		add(ContactPII, "name %q: a phone number", name)
	case namedPersonal[j] || (len(ws) > 1 && namedPersonal[before(ws)+l]) || (l == "date" && hasAny(ws, set("birth")) != ""):
		add(ContactPII, "name %q: personal data", name)
	}
	switch {
	case govWords[l] || govWords[j] || (adjacent(ws, "social", "security") && set("number", "no", "num", "nr")[l]) ||
		(set("number", "no", "num", "nr", "id")[l] && set("passport", "national", "tax", "taxpayer", "insurance")[before(ws)] && hasAny(ws, businessWords) == "") ||
		(hasAny(ws, set("driver", "drivers", "driving")) != "" && hasAny(ws, set("license", "licence")) != ""):
		add(GovernmentID, "name %q: a government identifier", name)
	}
	switch {
	case meta || cardOutcomeTails[l]:
		// cvc_check, cvc_failure, card_token: a result about the card or a
		// stand-in for it, not the card data.
	case hasAny(ws, set("cvv", "cvc", "cvv2", "cvc2")) != "" || ((l == "number" || l == "pin") && hasAny(ws, set("card")) != "") ||
		j == "pan" || j == "primaryaccountnumber" || (hasAny(ws, set("card")) != "" && adjacent(ws, "security", "code")):
		add(Financial, "name %q: payment card data", name)
	case l == "iban" || (set("number", "no", "num")[l] && set("account", "routing")[before(ws)]) || j == "sortcode" || j == "bankaccount":
		add(Financial, "name %q: a bank account", name)
	case l == "balance" || l == "balances" || l == "salary" || l == "income":
		add(Financial, "name %q: a balance or income", name)
	}
	if privilegeTails[l] || j == "accesslevel" || j == "permissionlevel" || j == "userlevel" || j == "usertype" {
		add(Privilege, "name %q: a privilege", name)
	}
	switch {
	case ws[0] == "internal" || ws[0] == "debug" || hasAny(ws, set("stacktrace", "traceback", "backtrace")) != "" || adjacent(ws, "stack", "trace"):
		add(Internal, "name %q: internal or debug data", name)
	case l == "sql" || set("filepath", "storagepath", "s3key", "s3path", "diskpath", "localpath", "serverpath", "absolutepath", "internalpath")[j]:
		add(Internal, "name %q: storage or query internals", name)
	case set("cmd", "shell", "shellcommand", "commandline", "exec", "syscommand")[j]:
		add(Internal, "name %q: a server-side command", name)
	}
	if urlTails[l] && hasAny(ws[:len(ws)-1], capabilityWords) != "" {
		add(CapabilityURL, "name %q: a link that grants access by itself", name)
	}
	return out
}

var (
	reJWT        = regexp.MustCompile(`^eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.`)
	rePrivateKey = regexp.MustCompile(`-----BEGIN [A-Z ]*PRIVATE KEY-----`)
	reLiveSecret = regexp.MustCompile(`^(sk_live_|rk_live_|sk-[A-Za-z0-9]{20}|ghp_|gho_|github_pat_|xox[abpr]-|glpat-)`)
	reEmail      = regexp.MustCompile(`^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$`)
	reSSN        = regexp.MustCompile(`^\d{3}-\d{2}-\d{4}$`)
	reCard       = regexp.MustCompile(`^\d{13,19}$|^\d{4}([ -]\d{4}){3}$`)
	reIBAN       = regexp.MustCompile(`^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$`)
	reSignedURL  = regexp.MustCompile(`(?i)^https?://[^?#]+\?.*\b(x-amz-signature|x-goog-signature|signature|sig|token|access_token|key)=`)
	reSSNPattern = regexp.MustCompile(`\\d\{3\}-?\??\\d\{2\}-?\??\\d\{4\}|\[0-9\]\{3\}-\[0-9\]\{2\}-\[0-9\]\{4\}`)
	reCardPatt   = regexp.MustCompile(`\\d\{1[2-6],1[5-9]\}|\[0-9\]\{1[2-6],1[5-9]\}|\^4\[0-9\]\{12\}`)
	reIBANPatt   = regexp.MustCompile(`\[A-Z\]\{2\}(\\d|\[0-9\])\{2\}`)
	// reDescCred: a description that names the value as the credential
	// itself ("The user's password.", "API key used to sign in").
	reDescCred = regexp.MustCompile(`(?i)^\s*(the |a |an |your |this )?(user'?s? |client'?s? |account'?s? |plain[- ]?text |raw |new |current )?(password|passphrase|client secret|secret key|api[ _-]?key|access token|refresh token|bearer token|session token|one[- ]time (password|code)|private key)\b`)
	// reDescNotValue: wording that describes something about the credential.
	reDescNotValue = regexp.MustCompile(`(?i)\b(id|identifier|name|prefix|suffix|last (4|four)|fingerprint|hint|type|length|count|number of|whether|policy|expir\w*|hash of|masked|redacted|location|where)\b`)
	reDescLLM      = regexp.MustCompile(`(?i)\b(log ?probs?|vocabulary|tokeni[sz]\w*|utf-8 bytes|completion|prompt|generated|llm|model output|output text|text token)\b`)
	reDescCapURL   = regexp.MustCompile(`(?i)pre-?signed|signed (url|link)|anyone with (the|this) (link|url)|(link|url) (expires|is valid for)`)
	reDescAdmin    = regexp.MustCompile(`(?i)\b(role|roles|permissions?|privileges?|admin(istrator)? flag)\b (of|granted to|assigned to|held by) the (user|caller|account|member)`)
)

// llmToken reports whether a property called token is a text token of a
// language model (OpenAI's logprobs) rather than a credential.
func llmToken(s Subject) bool {
	if reDescLLM.MatchString(s.Description) {
		return true
	}
	for _, n := range s.Siblings {
		if set("logprob", "logprobs", "bytes", "toplogprobs", "tokenid", "text")[joined(n)] {
			return true
		}
	}
	return false
}

// credWording matches reDescCred on a first sentence that mentions a
// credential word at all (most descriptions do not: the regexp is skipped).
func credWording(lower, first string) []string {
	if !containsAny(lower, "pass", "secret", "key", "token", "one-time", "one time") {
		return nil
	}
	return reDescCred.FindStringSubmatch(first)
}

func containsAny(s string, subs ...string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// conversationRole reports whether enum values are the authors of a
// conversation with a language model (system, user, assistant, tool).
func conversationRole(enum []any) bool {
	for _, v := range enum {
		if s, ok := v.(string); ok && set("assistant", "system", "tool", "developer", "function", "model")[strings.ToLower(s)] {
			return true
		}
	}
	return false
}

// Classify decides the data classes of a property or parameter, each with
// its evidence, sorted by class.
func Classify(s Subject) []Decision { return classify(s, classifyName(s.Name)) }

// classify is Classify with the decisions of the name already made.
func classify(s Subject, named []Decision) []Decision {
	by := map[string][]string{}
	for _, d := range named {
		by[d.Class] = append(by[d.Class], d.Evidence...)
	}
	if j := joined(s.Name); s.Header && (j == "authorization" || j == "cookie" || j == "proxyauthorization") {
		by[Credential] = append(by[Credential], fmt.Sprintf("header %q carries credentials", s.Name))
	}
	if _, ok := by[Credential]; ok && last(Words(s.Name)) == "token" && llmToken(s) {
		delete(by, Credential)
	}
	if s.Type == "boolean" {
		// A yes/no answer carries no secret, card or contact: only an
		// administrator flag (is_admin) is still a privilege.
		for c := range by {
			if c != Privilege {
				delete(by, c)
			}
		}
	}
	if _, ok := by[Privilege]; ok && conversationRole(s.Enum) {
		delete(by, Privilege) // the author of a chat message, not a privilege
	}
	scalar := s.Type == "" || s.Type == "string" || s.Type == "integer" || s.Type == "number"
	if !scalar {
		// An object or array called "password" is a container, not the value.
		for _, c := range []string{Credential, KeyMaterial, GovernmentID, CapabilityURL} {
			delete(by, c)
		}
		if s.Type == "object" {
			delete(by, Financial)
		}
	}
	if scalar {
		classifyFormat(s, by)
		classifyPattern(s, by)
		classifyDescription(s, by)
		classifyExamples(s, by)
	}
	if s.Internal {
		by[Internal] = append(by[Internal], "marked x-internal")
	}
	out := make([]Decision, 0, len(by))
	for c, ev := range by {
		out = append(out, Decision{Class: c, Evidence: ev})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Class < out[j].Class })
	return out
}

func classifyFormat(s Subject, by map[string][]string) {
	switch strings.ToLower(s.Format) {
	case "password":
		if ws := Words(s.Name); !metaTails[last(ws)] && hasAny(ws, passwordFormatNames) != "" {
			by[Credential] = append(by[Credential], "format password")
		}
	case "email", "idn-email":
		by[ContactPII] = append(by[ContactPII], "format "+s.Format)
	case "iban":
		by[Financial] = append(by[Financial], "format iban")
	case "ssn":
		by[GovernmentID] = append(by[GovernmentID], "format ssn")
	}
}

func classifyPattern(s Subject, by map[string][]string) {
	switch p := s.Pattern; {
	case p == "":
	case reSSNPattern.MatchString(p):
		by[GovernmentID] = append(by[GovernmentID], "pattern of a social security number")
	case reCardPatt.MatchString(p) && !metaTails[last(Words(s.Name))]:
		by[Financial] = append(by[Financial], "pattern of a card number")
	case reIBANPatt.MatchString(p):
		by[Financial] = append(by[Financial], "pattern of an IBAN")
	case strings.Contains(p, "PRIVATE KEY"):
		by[KeyMaterial] = append(by[KeyMaterial], "pattern of a PEM private key")
	}
}

func classifyDescription(s Subject, by map[string][]string) {
	d := s.Description
	if d == "" {
		return
	}
	first := d
	if i := strings.IndexAny(d, ".\n"); i > 0 {
		first = d[:i]
	}
	lower := strings.ToLower(first)
	if m := credWording(lower, first); m != nil && !reDescNotValue.MatchString(first) && !reDescLLM.MatchString(d) && !metaTails[last(Words(s.Name))] && !flagName(Words(s.Name)) {
		class := Credential
		if strings.EqualFold(m[3], "private key") {
			class = KeyMaterial
		}
		by[class] = append(by[class], fmt.Sprintf("description names it %q", strings.ToLower(m[3])))
	}
	if _, ok := by[CapabilityURL]; !ok && (urlTails[last(Words(s.Name))] || set("uri", "url")[strings.ToLower(s.Format)]) && reDescCapURL.MatchString(d) {
		by[CapabilityURL] = append(by[CapabilityURL], "description: a link that grants access by itself")
	}
	if containsAny(lower, "role", "permission", "privilege", "admin") && reDescAdmin.MatchString(first) {
		by[Privilege] = append(by[Privilege], "description: a privilege of the user")
	}
}

func classifyExamples(s Subject, by map[string][]string) {
	if metaTails[last(Words(s.Name))] && len(Words(s.Name)) > 1 {
		return
	}
	for _, e := range s.Examples {
		v, ok := e.(string)
		if !ok {
			continue
		}
		v = strings.TrimSpace(v)
		switch {
		case reJWT.MatchString(v):
			by[Credential] = append(by[Credential], "example is a JWT")
		case rePrivateKey.MatchString(v):
			by[KeyMaterial] = append(by[KeyMaterial], "example is a PEM private key")
		case reLiveSecret.MatchString(v):
			by[Credential] = append(by[Credential], "example is a live secret key")
		case reEmail.MatchString(v):
			by[ContactPII] = append(by[ContactPII], "example is an e-mail address")
		case reSSN.MatchString(v):
			by[GovernmentID] = append(by[GovernmentID], "example is a social security number")
		case reCard.MatchString(v) && luhn(v):
			by[Financial] = append(by[Financial], "example is a card number")
		case reIBAN.MatchString(v):
			by[Financial] = append(by[Financial], "example is an IBAN")
		case reSignedURL.MatchString(v):
			by[CapabilityURL] = append(by[CapabilityURL], "example is a signed URL")
		default:
			continue
		}
		return // one example is evidence enough
	}
}

// luhn reports whether the digits of v pass the Luhn check of card numbers.
func luhn(v string) bool {
	sum, n, double := 0, 0, false
	for i := len(v) - 1; i >= 0; i-- {
		c := v[i]
		if c < '0' || c > '9' {
			continue
		}
		d := int(c - '0')
		if double {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		n++
		double = !double
	}
	return n >= 13 && sum%10 == 0
}
