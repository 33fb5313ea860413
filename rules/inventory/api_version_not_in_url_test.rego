package oasguard.rules.inventory.api_version_not_in_url_test

import data.oasguard.rules.inventory.api_version_not_in_url as rule

inp(server, path) := {
	"info": {"pointer": "/info", "file": "api.yaml"},
	"servers": [{"resolved": server}],
	"operations": [{"path": path, "method": "get"}],
}

test_unversioned_is_reported if {
	count(rule.findings) == 1 with input as inp("https://api.example.com", "/pets")
}

test_server_version_is_enough if {
	count(rule.findings) == 0 with input as inp("https://api.example.com/v1", "/pets")
}

test_path_version_is_enough if {
	count(rule.findings) == 0 with input as inp("https://api.example.com", "/v2/pets")
}

test_date_version_is_enough if {
	count(rule.findings) == 0 with input as inp("https://api.example.com/2024-06-01", "/pets")
}

test_words_with_v_are_not_versions if {
	count(rule.findings) == 1 with input as inp("https://api.example.com", "/videos/v1beta")
}
