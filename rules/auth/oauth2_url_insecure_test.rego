package oasguard.rules.auth.oauth2_url_insecure_test

import data.oasguard.rules.auth.oauth2_url_insecure as rule

flow(token, auth) := {"flow": "authorizationCode", "token_url": token, "authorization_url": auth, "refresh_url": "", "scopes": {}, "pointer": "/components/securitySchemes/o/flows/authorizationCode"}

schemes(f) := {"o": {"name": "o", "type": "oauth2", "flows": [f], "pointer": "/components/securitySchemes/o"}}

test_http_token_url_reported if {
	f := rule.findings with input as {"oas": "3.0", "security_schemes": schemes(flow("http://auth.example.com/token", "https://auth.example.com/a"))}
	count(f) == 1
	some x in f
	x.pointer == "/components/securitySchemes/o/flows/authorizationCode/tokenUrl"
	contains(x.message, "tokenUrl")
}

test_http_oidc_url_reported if {
	s := {"id": {"name": "id", "type": "openIdConnect", "open_id_connect_url": "HTTP://id.example.com/.well-known/openid-configuration", "pointer": "/components/securitySchemes/id"}}
	f := rule.findings with input as {"oas": "3.1", "security_schemes": s}
	some x in f
	x.pointer == "/components/securitySchemes/id/openIdConnectUrl"
}

test_https_and_loopback_not_reported if {
	f := rule.findings with input as {"oas": "3.0", "security_schemes": schemes(flow("https://auth.example.com/token", "http://localhost:8080/authorize"))}
	count(f) == 0
}
