package oasguard.rules.auth.oauth2_implicit_flow_test

import data.oasguard.rules.auth.oauth2_implicit_flow as rule

flow(name, i) := {"flow": name, "scopes": {}, "pointer": sprintf("/components/securitySchemes/o/flows/%s", [name])}

oauth(flows) := {"o": {"name": "o", "type": "oauth2", "flows": flows, "pointer": "/components/securitySchemes/o"}}

test_reported if {
	f := rule.findings with input as {"security_schemes": oauth([flow("authorizationCode", 0), flow("implicit", 1)])}
	count(f) == 1
	some x in f
	x.pointer == "/components/securitySchemes/o/flows/implicit"
	contains(x.message, `"o"`)
}

test_other_flows_not_reported if {
	f := rule.findings with input as {"security_schemes": oauth([flow("authorizationCode", 0), flow("clientCredentials", 1)])}
	count(f) == 0
}

test_swagger2_flow_is_reported_at_its_flow_key if {
	f := rule.findings with input as {"security_schemes": {"o": {"name": "o", "type": "oauth2", "pointer": "/securityDefinitions/o", "flows": [{"flow": "implicit", "scopes": {}, "pointer": "/securityDefinitions/o"}]}}}
	some x in f
	x.pointer == "/securityDefinitions/o/flow"
}
