package oasguard.rules.resources.rate_limit_response_missing_test

import data.oasguard.rules.resources.rate_limit_response_missing as rule

op(name, codes) := {"method": "get", "path": name, "pointer": concat("", ["/paths/", name, "/get"]), "responses": [{"status": c} | some c in codes]}

run(ops) := f if {
	f := rule.findings with input as {"operations": ops}
}

test_gap_in_mostly_limited_api_is_reported if {
	f := run([op("a", ["200", "429"]), op("b", ["200", "429"]), op("c", ["200"])])
	count(f) == 1
	some x in f
	x.pointer == "/paths/c/get"
}

test_range_counts_as_documented if {
	count(run([op("a", ["200", "429"]), op("b", ["200", "4XX"])])) == 0
}

test_mostly_unlimited_api_is_left_to_the_document_rule if {
	count(run([op("a", ["200", "429"]), op("b", ["200"]), op("c", ["200"])])) == 0
	count(run([op("a", ["200"]), op("b", ["200"])])) == 0
}
