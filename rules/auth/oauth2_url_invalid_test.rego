package oasguard.rules.auth.oauth2_url_invalid_test

import data.oasguard.rules.auth.oauth2_url_invalid as rule

flow(name, token, auth) := {"flow": name, "token_url": token, "authorization_url": auth, "refresh_url": "", "scopes": {}, "pointer": sprintf("/components/securitySchemes/o/flows/%s", [name])}

schemes(f) := {"o": {"name": "o", "type": "oauth2", "flows": [f], "pointer": "/components/securitySchemes/o"}}

test_missing_token_url_reported if {
	f := rule.findings with input as {"oas": "3.0", "security_schemes": schemes(flow("authorizationCode", "", "https://a.example.com/authorize"))}
	count(f) == 1
	some x in f
	x.pointer == "/components/securitySchemes/o/flows/authorizationCode"
	contains(x.message, "no tokenUrl")
}

test_malformed_url_reported if {
	f := rule.findings with input as {"oas": "3.0", "security_schemes": schemes(flow("clientCredentials", "auth.example.com/token", ""))}
	count(f) == 1
	some x in f
	x.pointer == "/components/securitySchemes/o/flows/clientCredentials/tokenUrl"
}

test_placeholder_reported if {
	f := rule.findings with input as {"oas": "3.1", "security_schemes": schemes(flow("password", "https://{tenant}.example.com/token", ""))}
	count(f) == 1
}

test_relative_url_2_0_not_reported if {
	f := rule.findings with input as {"oas": "2.0", "security_schemes": schemes(flow("password", "/oauth/token", ""))}
	count(f) == 0
}

test_valid_urls_not_reported if {
	f1 := rule.findings with input as {"oas": "3.0", "security_schemes": schemes(flow("authorizationCode", "https://a.example.com:8443/oauth/token?x=1", "http://localhost/authorize"))}
	count(f1) == 0
	f2 := rule.findings with input as {"oas": "3.1", "security_schemes": schemes(flow("password", "/oauth/token", ""))}
	count(f2) == 0
	f3 := rule.findings with input as {"oas": "3.0", "security_schemes": schemes(flow("implicit", "", "https://a.example.com/authorize"))}
	count(f3) == 0
}
