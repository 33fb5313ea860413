package oasguard.lib_semantic_test

import data.oasguard.lib

sem_input := {
	"operations": [{"path": "/a", "method": "get"}, {"path": "/b", "method": "post"}],
	"semantic": {
		"operations": [{"roles": [], "auth_kinds": []}, {"roles": ["authentication"], "auth_kinds": ["login"]}],
		"data": [{"name": "email", "classes": ["contact_pii"]}, {"name": "password", "classes": ["credential"]}],
		"data_index": {"contact_pii": [0], "credential": [1]},
	},
}

test_sem_operations_pairs_by_index if {
	pairs := lib.sem_operations with input as sem_input
	count(pairs) == 2
	pairs[1][0].path == "/b"
	lib.sem_has_role(pairs[1][1], "authentication")
	not lib.sem_has_role(pairs[0][1], "authentication")
}

test_sem_auth_kind if {
	lib.sem_auth_kind({"auth_kinds": ["login", "otp"]}, "otp")
	not lib.sem_auth_kind({"auth_kinds": ["login"]}, "signup")
}

test_sem_data_of_reads_the_index if {
	[d] := lib.sem_data_of("credential") with input as sem_input
	d.name == "password"
	count(lib.sem_data_of("financial")) == 0 with input as object.union(sem_input, {"semantic": object.union(sem_input.semantic, {"data_index": {"financial": []}})})
}

test_sem_identifier_label if {
	lib.sem_identifier_label({"in": "path", "name": "id"}) == "{id}"
	lib.sem_identifier_label({"in": "query", "name": "owner_id"}) == `query parameter "owner_id"`
	lib.sem_identifier_label({"in": "body", "name": "user_id"}) == `body field "user_id"`
}

test_sem_placeholder_scope if {
	lib.sem_placeholder_scope("scope1")
	lib.sem_placeholder_scope("default")
	lib.sem_placeholder_scope("*")
	not lib.sem_placeholder_scope("pets:write")
	not lib.sem_placeholder_scope("admin")
}

test_sem_evidence if {
	lib.sem_evidence(["a", "b"]) == "a; b"
}

test_sem_url_example if {
	lib.sem_url_example({"keywords": {"example": "https://hooks.example.com/x"}})
	lib.sem_url_example({"keywords": {"default": "http://10.0.0.1/"}})
	lib.sem_url_example({"keywords": {"examples": ["a", "https://x.io"]}})
	not lib.sem_url_example({"keywords": {"example": "hello https://x.io"}})
	not lib.sem_url_example({"keywords": {"example": 3}})
	not lib.sem_url_example({"keywords": {}})
}

test_sem_identifiers if {
	ids := lib.sem_identifiers(0) with input as {"semantic": {"operations": [{"identifiers": [{"name": "id"}]}]}}
	count(ids) == 1
	count(lib.sem_identifiers(0)) == 0 with input as {"operations": []}
}
