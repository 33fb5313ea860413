package semantic

import (
	"reflect"
	"testing"
)

func TestWords(t *testing.T) {
	for in, want := range map[string][]string{
		"clientSecret": {"client", "secret"}, "client_secret": {"client", "secret"}, "Client-Secret": {"client", "secret"},
		"APIKey": {"api", "key"}, "userID": {"user", "id"}, "sign-up.json": {"sign", "up", "json"}, "X-API-Key": {"x", "api", "key"},
		"cvc2": {"cvc2"}, "": nil,
	} {
		if got := Words(in); !reflect.DeepEqual(got, want) {
			t.Errorf("Words(%q) = %v, want %v", in, got, want)
		}
	}
}

// classRow is one subject and the class it must (or must not) get.
type classRow struct {
	s    Subject
	want bool
}

func str1(name string) Subject { return Subject{Name: name, Type: "string"} }

func checkClass(t *testing.T, class string, rows []classRow) {
	t.Helper()
	for _, r := range rows {
		got := false
		var ev []string
		for _, d := range Classify(r.s) {
			if d.Class == class {
				got, ev = true, d.Evidence
			}
		}
		if got != r.want {
			t.Errorf("%s: Classify(%+v) = %v (evidence %v), want %v", class, r.s, got, ev, r.want)
		}
		if got && len(ev) == 0 {
			t.Errorf("%s: %q classified without evidence", class, r.s.Name)
		}
	}
}

func TestClassCredential(t *testing.T) {
	checkClass(t, Credential, []classRow{
		{str1("password"), true}, {str1("newPassword"), true}, {str1("password_hash"), true},
		{str1("client_secret"), true}, {str1("SecretAccessKey"), true}, {str1("api_key"), true},
		{str1("X-API-Key"), true}, {str1("access_token"), true}, {str1("refreshToken"), true},
		{str1("token"), true}, {str1("otp"), true}, {str1("verification_code"), true},
		{Subject{Name: "Authorization", Type: "string", Header: true}, true},
		{Subject{Name: "value", Type: "string", Format: "password"}, true},
		{Subject{Name: "credential", Type: "string", Description: "The user's password."}, true},
		{Subject{Name: "auth", Type: "string", Examples: []any{"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc"}}, true},
		{Subject{Name: "k", Type: "string", Examples: []any{"sk_live_4eC39HqLyjWDarjtT1zdp7dc"}}, true},
		// false friends
		{str1("password_policy"), false}, {str1("has_password"), false}, {str1("passwordExpiresAt"), false},
		{str1("key_id"), false}, {str1("api_key_id"), false}, {str1("secret_name"), false},
		{str1("token_type"), false}, {str1("max_tokens"), false}, {str1("next_page_token"), false},
		{str1("completion_tokens"), false}, {str1("output_token"), false}, {str1("Sid"), false},
		{str1("authorization"), false}, {str1("authorization_code"), false}, {str1("access_key"), false},
		{str1("value_from_secret"), false}, {str1("api_key_uuid"), false},
		{Subject{Name: "error", Type: "string", Format: "password"}, false},
		{Subject{Name: "token", Type: "string", Description: "The token.", Siblings: []string{"token", "logprob", "bytes"}}, false},
		{Subject{Name: "token", Type: "string", Description: "A text token of the model output."}, false},
		{Subject{Name: "password", Type: "object"}, false}, {Subject{Name: "password", Type: "boolean"}, false},
		{Subject{Name: "hint", Type: "string", Description: "The name of the API key."}, false},
		{Subject{Name: "key_hint", Type: "string", Description: "API key prefix"}, false},
	})
}

func TestClassKeyMaterial(t *testing.T) {
	checkClass(t, KeyMaterial, []classRow{
		{str1("private_key"), true}, {str1("signingKey"), true}, {str1("ssh_private_key"), true}, {str1("cert_pem"), true},
		{Subject{Name: "data", Type: "string", Examples: []any{"-----BEGIN RSA PRIVATE KEY-----\nMIIE"}}, true},
		{Subject{Name: "k", Type: "string", Pattern: "^-----BEGIN PRIVATE KEY-----"}, true},
		{str1("public_key"), false}, {str1("public_key_pem"), false}, {str1("ssh_key"), false}, {str1("key_id"), false}, {str1("signing_key_id"), false},
		{str1("partition_key"), false},
	})
}

func TestClassContactPII(t *testing.T) {
	checkClass(t, ContactPII, []classRow{
		{str1("email"), true}, {str1("emailAddress"), true}, {str1("phone_number"), true}, {str1("mobile"), true},
		{str1("first_name"), true}, {str1("dateOfBirth"), true}, {str1("address_line1"), true}, {str1("vin"), true},
		{str1("license_plate"), true},
		{Subject{Name: "contact", Type: "string", Format: "email"}, true},
		{Subject{Name: "owner", Type: "string", Examples: []any{"jane.doe@example.com"}}, true},
		{str1("email_verified"), false}, {str1("email_template"), false}, {str1("phone_type"), false},
		{str1("ip_address"), false}, {str1("name"), false}, {Subject{Name: "has_email", Type: "boolean"}, false},
	})
}

func TestClassGovernmentID(t *testing.T) {
	checkClass(t, GovernmentID, []classRow{
		{str1("ssn"), true}, {str1("social_security_number"), true}, {str1("passportNumber"), true},
		{str1("national_id"), true}, {str1("tax_id"), true}, {str1("drivers_license_number"), true},
		{Subject{Name: "ident", Type: "string", Pattern: `^\d{3}-\d{2}-\d{4}$`}, true},
		{Subject{Name: "ident", Type: "string", Examples: []any{"123-45-6789"}}, true},
		{str1("ssn_last4"), false}, {str1("merchant_tax_id"), false}, {str1("vat_number"), false}, {str1("passport_type"), false},
	})
}

func TestClassFinancial(t *testing.T) {
	checkClass(t, Financial, []classRow{
		{str1("card_number"), true}, {str1("cvv"), true}, {str1("cvc2"), true}, {str1("pan"), true}, {str1("iban"), true},
		{str1("account_number"), true}, {str1("routing_number"), true}, {Subject{Name: "balance", Type: "integer"}, true},
		{Subject{Name: "value", Type: "string", Examples: []any{"4242424242424242"}}, true},
		{Subject{Name: "value", Type: "string", Examples: []any{"DE89370400440532013000"}}, true},
		// false friends: a card check result, a tokenised card, a flag
		{str1("cvc_check"), false}, {str1("cvc_failure"), false}, {str1("cvc_token"), false},
		{str1("card_last4"), false}, {str1("card_brand"), false}, {str1("last4"), false},
		{Subject{Name: "debit_negative_balances", Type: "boolean"}, false},
		{Subject{Name: "value", Type: "string", Examples: []any{"4242424242424241"}}, false},
	})
}

func TestClassPrivilege(t *testing.T) {
	checkClass(t, Privilege, []classRow{
		{str1("role"), true}, {str1("roles"), true}, {Subject{Name: "is_admin", Type: "boolean"}, true},
		{Subject{Name: "isSuperuser", Type: "boolean"}, true}, {str1("permissions"), true}, {str1("scopes"), true},
		{str1("access_level"), true},
		{Subject{Name: "role", Type: "string", Enum: []any{"system", "user", "assistant"}}, false},
		{str1("role_description"), false}, {str1("role_id"), false}, {Subject{Name: "is_active", Type: "boolean"}, false},
	})
}

func TestClassInternal(t *testing.T) {
	checkClass(t, Internal, []classRow{
		{str1("stack_trace"), true}, {str1("debug_info"), true}, {str1("internal_id"), true}, {str1("sql"), true},
		{str1("file_path"), true}, {str1("cmd"), true}, {Subject{Name: "x", Type: "string", Internal: true}, true},
		{str1("trace_id"), false}, {str1("description"), false}, {str1("path"), false},
	})
}

func TestClassCapabilityURL(t *testing.T) {
	checkClass(t, CapabilityURL, []classRow{
		{str1("presigned_url"), true}, {str1("share_link"), true}, {str1("reset_url"), true}, {str1("download_url"), true},
		{Subject{Name: "url", Type: "string", Format: "uri", Description: "A pre-signed URL to the file."}, true},
		{Subject{Name: "href", Type: "string", Examples: []any{"https://bucket.s3.amazonaws.com/f?X-Amz-Signature=abc"}}, true},
		{str1("url"), false}, {str1("avatar_url"), false}, {str1("download_url_expires_at"), false},
		{Subject{Name: "url", Type: "string", Examples: []any{"https://example.com/docs?page=2"}}, false},
	})
}
