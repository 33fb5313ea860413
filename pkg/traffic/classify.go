package traffic

import (
	"slices"
	"strings"
	"unicode"

	"github.com/oasguard/oasguard/pkg/report"
	"github.com/oasguard/oasguard/pkg/semantic"
)

// DataClass is the kind of data a name says a field holds.
type DataClass string

// The data classes, from most to least sensitive.
const (
	ClassSecret   DataClass = "secret"   // passwords, keys, tokens, credentials
	ClassPersonal DataClass = "personal" // personal, financial or health data
	ClassNone     DataClass = ""
)

// words splits an identifier into lower-case words at case changes and at
// anything that is not a letter or digit: "clientSecret", "client_secret"
// and "Client-Secret" are all [client secret].
func words(name string) []string {
	var out []string
	var cur []rune
	rs := []rune(name)
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	for i, r := range rs {
		switch {
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			flush()
			continue
		case unicode.IsUpper(r) && len(cur) > 0:
			prevLower := unicode.IsLower(rs[i-1]) || unicode.IsDigit(rs[i-1])
			nextLower := i+1 < len(rs) && unicode.IsLower(rs[i+1])
			if prevLower || (unicode.IsUpper(rs[i-1]) && nextLower) {
				flush()
			}
		}
		cur = append(cur, r)
	}
	flush()
	return out
}

var (
	secretJoined = map[string]bool{
		"password": true, "passwd": true, "pwd": true, "passphrase": true, "secret": true, "apikey": true,
		"accesstoken": true, "refreshtoken": true, "idtoken": true, "authtoken": true, "sessiontoken": true,
		"bearertoken": true, "token": true, "jwt": true, "privatekey": true, "clientsecret": true, "secretkey": true,
		"sessionid": true, "sid": true, "signature": true, "sig": true, "otp": true, "mfacode": true, "totp": true,
		"authorization": true, "auth": true, "credentials": true, "credential": true, "accesskey": true,
		"secretaccesskey": true, "xapikey": true,
	}
	secretLast = map[string]bool{"password": true, "passwd": true, "secret": true, "token": true, "apikey": true, "pwd": true}
	// notSecretFirst open names of tokens that are not credentials.
	notSecretFirst = map[string]bool{"page": true, "next": true, "csrf": true, "xsrf": true, "continuation": true,
		"cursor": true, "idempotency": true, "sync": true, "has": true, "is": true, "max": true, "min": true}
	passwordWords = map[string]bool{"password": true, "passwd": true, "pwd": true, "passphrase": true, "secret": true}
	// passwordTails end names that hold a password or a derivative of it.
	passwordTails = map[string]bool{"hash": true, "hashed": true, "digest": true, "salt": true, "confirmation": true,
		"confirm": true, "plain": true, "plaintext": true, "encrypted": true, "value": true, "cleartext": true}
	personalJoined = map[string]bool{
		"email": true, "emailaddress": true, "mail": true, "phone": true, "phonenumber": true, "mobile": true,
		"ssn": true, "socialsecuritynumber": true, "taxid": true, "nationalid": true, "passport": true,
		"passportnumber": true, "dob": true, "dateofbirth": true, "birthdate": true, "birthday": true,
		"address": true, "streetaddress": true, "street": true, "zip": true, "zipcode": true, "postcode": true,
		"postalcode": true, "iban": true, "creditcard": true, "cardnumber": true, "pan": true, "cvv": true, "cvc": true,
		"accountnumber": true, "routingnumber": true, "salary": true, "income": true, "diagnosis": true,
		"medicalrecord": true, "ipaddress": true, "ip": true, "geolocation": true, "latitude": true, "longitude": true,
		"firstname": true, "lastname": true, "fullname": true, "surname": true, "gender": true, "ethnicity": true,
		"religion": true, "driverslicense": true, "licensenumber": true,
	}
	personalLast = map[string]bool{"email": true, "phone": true, "ssn": true, "address": true, "iban": true,
		"dob": true, "birthdate": true, "passport": true, "cvv": true}
)

// Classify returns the data class of a field or parameter name: the
// scanner's semantic layer decides first (credentials and key material are
// secrets; contact, government-id and financial data are personal), then
// the traffic-specific word lists (health, location, network identifiers).
func Classify(name string) DataClass {
	if c := semanticClass(name); c != ClassNone {
		return c
	}
	return classifyWords(name)
}

// semanticClass maps the semantic layer's data classes of a bare name onto
// the traffic classes.
func semanticClass(name string) DataClass {
	out := ClassNone
	for _, d := range semantic.Classify(semantic.Subject{Name: name}) {
		switch d.Class {
		case semantic.Credential, semantic.KeyMaterial:
			return ClassSecret
		case semantic.ContactPII, semantic.GovernmentID, semantic.Financial:
			out = ClassPersonal
		}
	}
	return out
}

// classifyWords is the traffic checks' own word-list classifier.
func classifyWords(name string) DataClass {
	ws := words(name)
	if len(ws) == 0 {
		return ClassNone
	}
	joined := strings.Join(ws, "")
	first, last := ws[0], ws[len(ws)-1]
	if !notSecretFirst[first] && (secretJoined[joined] || secretLast[last] ||
		(last == "key" && len(ws) > 1 && (ws[len(ws)-2] == "api" || ws[len(ws)-2] == "secret" || ws[len(ws)-2] == "private"))) {
		return ClassSecret
	}
	if passwordTails[last] && !notSecretFirst[first] && slices.ContainsFunc(ws, func(w string) bool { return passwordWords[w] }) {
		return ClassSecret
	}
	if personalJoined[joined] || personalLast[last] {
		return ClassPersonal
	}
	return ClassNone
}

// undeclaredSeverity rates an undeclared property by its data class.
func undeclaredSeverity(c DataClass) report.Severity {
	switch c {
	case ClassSecret:
		return report.Critical
	case ClassPersonal:
		return report.High
	}
	return report.Low
}
