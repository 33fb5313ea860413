package oasguard.rules.auth.oauth2_flow_without_refresh_url_test

import data.oasguard.rules.auth.oauth2_flow_without_refresh_url as rule

flow(name, refresh) := {"flow": name, "refresh_url": refresh, "scopes": {}, "pointer": sprintf("/components/securitySchemes/o/flows/%s", [name])}

schemes(flows) := {"o": {"name": "o", "type": "oauth2", "flows": flows, "pointer": "/components/securitySchemes/o"}}

test_code_flow_without_refresh_reported if {
	f := rule.findings with input as {"oas": "3.0", "security_schemes": schemes([flow("authorizationCode", ""), flow("clientCredentials", "")])}
	count(f) == 1
	some x in f
	x.pointer == "/components/securitySchemes/o/flows/authorizationCode"
}

test_refresh_url_not_reported if {
	f := rule.findings with input as {"oas": "3.1", "security_schemes": schemes([flow("authorizationCode", "https://a.example.com/refresh"), flow("implicit", "")])}
	count(f) == 0
}

test_swagger_2_not_reported if {
	f := rule.findings with input as {"oas": "2.0", "security_schemes": schemes([flow("authorizationCode", "")])}
	count(f) == 0
}
