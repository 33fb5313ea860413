package semantic

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
)

// The operation roles of the semantic layer.
const (
	RoleAuthentication      = "authentication"
	RoleTokenEndpoint       = "token_endpoint"
	RoleAdministration      = "administration"
	RolePrivilegedWrite     = "privileged_write"
	RoleStateChange         = "state_change"
	RoleUpload              = "upload"
	RoleExport              = "export"
	RoleWebhookRegistration = "webhook_registration"
)

// The kinds of authentication operations.
const (
	AuthLogin          = "login"
	AuthSignup         = "signup"
	AuthOTP            = "otp"
	AuthToken          = "token"
	AuthPasswordReset  = "password_reset"
	AuthPasswordChange = "password_change"
	AuthVerification   = "verification"
)

// Roles is what an operation does, each role with its evidence.
type Roles struct {
	Roles     map[string][]string
	AuthKinds map[string][]string
}

func (r *Roles) add(role, format string, args ...any) {
	r.Roles[role] = append(r.Roles[role], fmt.Sprintf(format, args...))
}

func (r *Roles) auth(kind, format string, args ...any) {
	ev := fmt.Sprintf(format, args...)
	r.AuthKinds[kind] = append(r.AuthKinds[kind], ev)
	r.Roles[RoleAuthentication] = append(r.Roles[RoleAuthentication], kind+": "+ev)
}

// Names returns the roles, sorted.
func (r Roles) Names() []string { return sortedKeys(r.Roles) }

func sortedKeys(m map[string][]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

var (
	writeMethods   = set("post", "put", "patch", "delete")
	notAuthWords   = set("logout", "signout", "logoff", "revoke", "revocation", "introspect", "introspection", "jwks", "wellknown", "userinfo", "keys", "certs")
	loginWords     = set("login", "logon", "signin", "authenticate", "authentication", "authenticator", "auth", "magiclink", "sso")
	signupWords    = set("signup", "register", "registration", "enroll", "onboard")
	otpWords       = set("otp", "otps", "totp", "hotp", "mfa", "2fa", "twofactor", "passcode", "onetimepassword", "verificationcode", "smscode")
	resetWords     = set("forgot", "reset", "recover", "recovery", "forgotpassword", "resetpassword", "passwordreset", "lost")
	verifyWords    = set("verify", "verification", "confirm", "confirmation", "activate", "activation")
	verifyObjects  = set("email", "emails", "phone", "account", "accounts", "user", "users", "otp", "code", "mail", "mobile", "token", "signup", "registration")
	adminWords     = set("admin", "admins", "administration", "administrator", "administrators", "superuser", "superadmin", "sudo", "backoffice")
	privilegeNouns = set("coupon", "coupons", "price", "prices", "pricing", "discount", "discounts", "promotion",
		"promotions", "promo", "promos", "promocode", "promocodes", "voucher", "vouchers", "role", "roles",
		"permission", "permissions", "credit", "credits", "giftcard", "giftcards", "fee", "fees", "balance", "balances", "entitlements", "entitlement")
	exportWords = set("export", "exports", "dump", "backup", "backups", "bulk", "batch", "batches", "import", "imports")
	hookWords   = set("webhook", "webhooks", "hook", "hooks", "callback", "callbacks")
	getVerbs    = set("delete", "remove", "destroy", "update", "create", "add", "set", "approve", "reject", "cancel",
		"activate", "deactivate", "enable", "disable", "reset", "pay", "purchase", "buy", "send",
		"publish", "unpublish", "archive", "unarchive", "restore", "unsubscribe", "ban", "unban", "block", "unblock",
		"promote", "demote", "grant", "revoke", "assign", "unassign", "execute", "trigger", "restart", "kill",
		"refund", "charge", "withdraw", "deposit", "vote", "follow", "unfollow", "rename", "logout", "signout", "edit", "save", "submit", "clear", "purge", "wipe", "flush")
	uploadMedia = regexp.MustCompile(`^(multipart/(form-data|mixed|related)|application/octet-stream|image/|video/|audio/|application/(pdf|zip|x-tar|gzip))`)
	fileNames   = set("file", "files", "attachment", "attachments", "upload", "uploads", "document", "image", "images", "photo", "photos", "avatar", "picture", "binary", "blob", "video", "audio")
	reAdminText = regexp.MustCompile(`(?i)\b(admins?|administrators?|superusers?|super-admins?|staff)[ -]only\b|\b(only|restricted to|requires?|required|reserved for|limited to)\b[^.]{0,40}\b(admin|administrator|superuser|staff)(s|istrators?)?\b|\badmin(istrator)? (privileges?|rights|role|permissions?|access) (is |are )?(required|needed)`)
)

// operationRoles decides the roles of a path operation.
func (a *analysis) operationRoles(op obj) Roles {
	r := Roles{Roles: map[string][]string{}, AuthKinds: map[string][]string{}}
	method, path := str(op, "method"), str(op, "path")
	words := pathWords(path)
	wset := set(words...)
	write := writeMethods[method]
	fields := a.requestFieldWords(op)
	if write {
		r.add(RoleStateChange, "method %s", strings.ToUpper(method))
	} else if v := getVerb(path, str(op, "operation_id")); v != "" && (method == "get" || method == "head") {
		r.add(RoleStateChange, "%s", v)
	}
	if w := hasAny(words, notAuthWords); w == "" {
		a.authRoles(&r, op, words, wset, fields)
	}
	a.adminRoles(&r, op, words, write)
	a.uploadRoles(&r, op)
	if w := hasAny(words, exportWords); w != "" {
		r.add(RoleExport, "path word %q", w)
	}
	for _, m := range objs(sub(op, "request_body"), "content") {
		if s := a.schemaOf(m["schema"]); str(s, "type") == "array" && write {
			r.add(RoleExport, "request body is an array (bulk)")
			break
		}
	}
	if write && method != "delete" {
		if w := hasAny(words, hookWords); w != "" && fields.url != "" {
			r.add(RoleWebhookRegistration, "path word %q and URL field %q", w, fields.url)
		}
	}
	if len(anys(op, "callbacks")) > 0 {
		r.add(RoleWebhookRegistration, "declares callbacks")
	}
	return r
}

// getVerb finds an action verb in the last literal segment or the
// operationId of an operation: the sign of a state change.
func getVerb(path, opID string) string {
	segs := pathSegments(path)
	for i := len(segs) - 1; i >= 0; i-- {
		if strings.Contains(segs[i], "{") {
			continue
		}
		ws := Words(segs[i])
		if len(ws) > 0 && getVerbs[ws[0]] && hasAny(ws, set("with", "for", "of", "history", "log", "logs", "status", "preview")) == "" && !adjacent(ws, "add", "on") {
			return fmt.Sprintf("verb %q in path segment %q", ws[0], segs[i])
		}
		break
	}
	if ws := Words(opID); len(ws) > 1 && getVerbs[ws[0]] && ws[0] != "send" && ws[0] != "set" && hasAny(ws[1:], readVerbs) == "" {
		return fmt.Sprintf("verb %q in operationId %q", ws[0], opID)
	}
	return ""
}

// requestFields summarises the top-level request inputs of an operation.
type requestFields struct {
	password, newPassword, currentPassword, otp, user, grant, url string
}

func (a *analysis) requestFieldWords(op obj) requestFields {
	var f requestFields
	visit := func(name string, sch obj) {
		ws := Words(name)
		j := strings.Join(ws, "")
		l := last(ws)
		switch {
		case passwordWords[l] && hasAny(ws, set("new", "confirm", "confirmation", "repeat")) != "":
			f.newPassword = name
		case passwordWords[l] && hasAny(ws, set("current", "old", "existing", "previous")) != "":
			f.currentPassword = name
		case passwordWords[l] && len(ws) <= 2:
			f.password = name
		case l == "otp" || l == "totp" || otpWords[j] || (l == "code" && otpCodeKinds[before(ws)]) || j == "code":
			f.otp = name
		case j == "username" || j == "email" || j == "login" || j == "emailaddress" || j == "phone" || j == "phonenumber":
			f.user = name
		case j == "granttype":
			f.grant = name
		case (urlTails[l] || l == "endpoint" || l == "callback" || l == "target" || set("uri", "url")[strings.ToLower(str(sch, "format"))]) && !flagName(ws):
			if f.url == "" {
				f.url = name
			}
		}
	}
	for _, s := range a.requestSchemas(op) {
		for _, p := range objs(s, "properties") {
			visit(str(p, "name"), a.schemaOf(p["schema"]))
		}
	}
	for _, p := range objs(op, "parameters") {
		if str(p, "in") == "query" || str(p, "in") == "formData" {
			visit(str(p, "name"), a.schemaOf(p["schema"]))
		}
	}
	return f
}

func (a *analysis) authRoles(r *Roles, op obj, words []string, wset map[string]bool, f requestFields) {
	method := str(op, "method")
	write := writeMethods[method] && method != "delete"
	path := str(op, "path")
	lastWord := lastLiteralWord(path)
	// The words of the last literal segment say what the operation does;
	// words earlier in the path name where it lives (/auth/users/{id}).
	ls := Words(lastLiteralSegment(path))
	lset := append(append([]string{}, ls...), strings.Join(ls, ""))
	// A parameter after the segment makes it a collection of things called
	// so (/registrations/{id}), not the action.
	listing := (len(ls) > 0 && readVerbs[ls[0]]) || !endsLiteral(path)
	near := append(append([]string{}, lset...), Words(previousLiteralSegment(path))...)
	if w := hasAny(lset, loginWords); w != "" && (w != "auth" || lastWord == "auth") && (write || w != "auth") && !listing {
		r.auth(AuthLogin, "path word %q", w)
	}
	if adjacent(ls, "sign", "in") || adjacent(ls, "log", "in") {
		r.auth(AuthLogin, "path words sign/log in")
	}
	if (lastWord == "session" || lastWord == "sessions") && method == "post" && (f.password != "" || f.user != "" || f.otp != "") {
		r.auth(AuthLogin, "POST creates a session")
	}
	if w := hasAny(lset, signupWords); w != "" && write && !listing {
		r.auth(AuthSignup, "path word %q", w)
	}
	if w := hasAny(lset, otpWords); w != "" && !listing {
		r.auth(AuthOTP, "path word %q", w)
	}
	if (lastWord == "token" || (wset["oauth"] && wset["token"])) && method == "post" {
		r.auth(AuthToken, "path ends in %q", lastWord)
		r.add(RoleTokenEndpoint, "POST to a path ending in %q", lastWord)
	}
	if f.grant != "" {
		r.auth(AuthToken, "request field %q", f.grant)
		r.add(RoleTokenEndpoint, "request field %q", f.grant)
	}
	if a.tokenURLPaths[path] && method == "post" {
		r.add(RoleTokenEndpoint, "the tokenUrl of an OAuth flow")
	}
	pw := passwordPath(path)
	if w := hasAny(words, resetWords); w != "" && (pw || w == "forgotpassword" || w == "resetpassword" || w == "passwordreset") {
		r.auth(AuthPasswordReset, "path words %q and password", w)
	} else if pw && write {
		r.auth(AuthPasswordChange, "path segment names the password")
	} else if f.newPassword != "" && write && f.user == "" {
		r.auth(AuthPasswordChange, "request field %q", f.newPassword)
	}
	if w := hasAny(lset, verifyWords); w != "" && !listing {
		if o := hasAny(near, verifyObjects); o != "" {
			r.auth(AuthVerification, "path words %q and %q", w, o)
		} else if f.otp != "" {
			r.auth(AuthVerification, "path word %q and request field %q", w, f.otp)
		}
	}
	if f.otp != "" && write && len(r.AuthKinds) == 0 && hasAny(lset, set("verify", "check", "validate", "confirm", "challenge", "challenges", "answer")) != "" {
		r.auth(AuthOTP, "request field %q", f.otp)
	} else if f.otp != "" && write && len(r.AuthKinds) == 0 && hasAny(words, set("challenge", "challenges", "mfa", "otp", "2fa")) != "" {
		r.auth(AuthOTP, "request field %q", f.otp)
	}
	if f.password != "" && write && len(r.AuthKinds) == 0 && !strings.Contains(path, "{") {
		if f.user != "" && method == "post" {
			if principalWords[lastWord] {
				r.auth(AuthSignup, "POST to %q with request fields %q and %q", lastWord, f.user, f.password)
			} else {
				r.auth(AuthLogin, "request fields %q and %q", f.user, f.password)
			}
		}
	}
}

// endsLiteral reports whether the last segment of path is not a parameter.
func endsLiteral(path string) bool {
	segs := pathSegments(path)
	return len(segs) > 0 && !strings.Contains(segs[len(segs)-1], "{")
}

// previousLiteralSegment is the literal segment before the last one, or "".
func previousLiteralSegment(path string) string {
	var lits []string
	for _, s := range pathSegments(path) {
		if !strings.Contains(s, "{") {
			lits = append(lits, s)
		}
	}
	if len(lits) < 2 {
		return ""
	}
	return lits[len(lits)-2]
}

// readVerbs open segments that read or manage, not authenticate
// (ListVirtualMFADevices, get-login-history).
var readVerbs = set("list", "get", "describe", "delete", "remove", "search", "query", "count", "find", "fetch")

// passwordPath reports whether a literal segment of path is about the
// password itself (/password, /change-password, /password/reset), not a
// policy or a setting about passwords (PasswordPolicy).
func passwordPath(path string) bool {
	for _, seg := range pathSegments(path) {
		if strings.Contains(seg, "{") {
			continue
		}
		ws := Words(seg)
		if hasAny(ws, set("password", "passwords", "pwd", "passphrase")) == "" {
			continue
		}
		if l := last(ws); passwordWords[l] || set("passwords", "change", "update", "reset", "set", "forgot", "recover", "recovery", "new")[l] {
			return true
		}
	}
	return false
}

// lastLiteralSegment is the last segment of a path that is not a parameter.
func lastLiteralSegment(path string) string {
	segs := pathSegments(path)
	for i := len(segs) - 1; i >= 0; i-- {
		if !strings.Contains(segs[i], "{") {
			seg := strings.TrimSuffix(segs[i], ".json")
			if j := strings.LastIndex(seg, "="); j >= 0 {
				seg = seg[j+1:] // /#Action=ListUsers: the action
			}
			return seg
		}
	}
	return ""
}

// lastLiteralWord is the last literal segment of a path, glued, lower case.
func lastLiteralWord(path string) string {
	segs := pathSegments(path)
	for i := len(segs) - 1; i >= 0; i-- {
		if !strings.Contains(segs[i], "{") {
			return joined(strings.TrimSuffix(segs[i], ".json"))
		}
	}
	return ""
}

func (a *analysis) adminRoles(r *Roles, op obj, words []string, write bool) {
	if w := hasAny(words, adminWords); w != "" {
		r.add(RoleAdministration, "path word %q", w)
	}
	if w := hasAny(Words(str(op, "operation_id")), adminWords); w != "" {
		r.add(RoleAdministration, "operationId word %q", w)
	}
	for _, k := range []string{"summary", "description"} {
		if m := reAdminText.FindString(str(op, k)); m != "" {
			r.add(RoleAdministration, "%s says %q", k, m)
		}
	}
	if write {
		if w := hasAny(words, privilegeNouns); w != "" {
			r.add(RolePrivilegedWrite, "%s on %q", strings.ToUpper(str(op, "method")), w)
		}
	}
}

func (a *analysis) uploadRoles(r *Roles, op obj) {
	for _, m := range objs(sub(op, "request_body"), "content") {
		mt := str(m, "media_type")
		s := a.schemaOf(m["schema"])
		if uploadMedia.MatchString(mt) && !strings.HasPrefix(mt, "multipart/form-data") {
			r.add(RoleUpload, "media type %s", mt)
			continue
		}
		if binaryString(s) {
			r.add(RoleUpload, "binary request body")
			continue
		}
		for _, p := range objs(s, "properties") {
			ps := a.schemaOf(p["schema"])
			if binaryString(ps) || (str(ps, "type") == "array" && binaryString(a.schemaOf(ps["items"]))) {
				r.add(RoleUpload, "binary field %q", str(p, "name"))
			} else if strings.HasPrefix(mt, "multipart/form-data") && fileNames[joined(str(p, "name"))] {
				r.add(RoleUpload, "form field %q carries a file", str(p, "name"))
			}
		}
		if strings.HasPrefix(mt, "multipart/form-data") && len(objs(s, "properties")) == 0 {
			r.add(RoleUpload, "media type %s", mt)
		}
	}
}

// binaryString is true for a string schema that carries file content.
func binaryString(s obj) bool {
	if s == nil {
		return false
	}
	t, f := str(s, "type"), strings.ToLower(str(s, "format"))
	kw := sub(s, "keywords")
	if t == "file" || (t == "string" && (f == "binary" || f == "base64")) {
		return true
	}
	_, media := kw["contentMediaType"]
	enc, _ := kw["contentEncoding"].(string)
	return (t == "string" || t == "") && (media || enc == "base64" || enc == "binary")
}
