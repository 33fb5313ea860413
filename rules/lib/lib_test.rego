package oasguard.lib_test

import data.oasguard.lib

test_unescape_decodes_pointer_tokens if {
	lib.unescape("a~1b~0c") == "a/b~c"
	lib.unescape("~01") == "~1"
	lib.unescape("plain") == "plain"
}

test_escape_encodes_pointer_tokens if {
	lib.escape("a/b~c") == "a~1b~0c"
	lib.escape("~1") == "~01"
	lib.escape("plain") == "plain"
}

test_repeated_fix_picks_the_first_declaration if {
	a := {"name": "limit", "in": "query", "pointer": "/paths/~1b/get/parameters/0", "file": "api.yaml"}
	b := {"name": "limit", "in": "query", "pointer": "/paths/~1a/get/parameters/0", "file": "api.yaml"}
	c := {"name": "token", "in": "query", "pointer": "/paths/~1c/get/parameters/0", "file": "api.yaml"}
	flagged := {a, b, c}
	lib.repeated_fix(flagged, a).pointer == "/paths/~1a/get/parameters/0"
	lib.repeated_fix(flagged, b).pointer == "/paths/~1a/get/parameters/0"
	lib.repeated_fix(flagged, c) == c
}

test_finding_at_fix_carries_the_fix if {
	f := lib.finding_at_fix({"pointer": "/a"}, "m", {"pointer": "/b", "file": "x.yaml"}, "fm")
	f.pointer == "/a"
	f.fix == {"pointer": "/b", "file": "x.yaml", "message": "fm"}
}

test_prose_maximum if {
	lib.resources_prose_maximum("Limit can range between 1 and 100, and the default is 10.")
	lib.resources_prose_maximum("Maximum 1000.")
	lib.resources_prose_maximum("Returns up to 50 results")
	lib.resources_prose_maximum("(max 100)")
	not lib.resources_prose_maximum("The number of results per page.")
	not lib.resources_prose_maximum("Available since version 2.")
}

test_sensitive_word_meaning_something_else if {
	not lib.data_card_name("cvc_check")
	not lib.data_card_name("cvv_result")
	lib.data_card_name("cvc")
	lib.data_card_name("card_number")
	lib.data_language_model_token({"properties": [{"name": "token"}, {"name": "logprob"}]})
	not lib.data_language_model_token({"properties": [{"name": "token"}, {"name": "expires_in"}]})
	lib.data_prose_write_only("Never returned. Set it to change the password.")
	lib.data_prose_write_only("Write-only.")
	not lib.data_prose_write_only("The user's password.")
}

test_issuing_operation if {
	lib.data_issuing_operation({"path": "/databases/{id}/credentials", "operation_id": ""})
	lib.data_issuing_operation({"path": "/", "operation_id": "GetRandomPassword"})
	lib.data_issuing_operation({"path": "/object-storage/keys", "operation_id": "createKey"})
	not lib.data_issuing_operation({"path": "/users", "operation_id": "createUser"})
	not lib.data_issuing_operation({"path": "/authors/{id}", "operation_id": "getAuthor"})
}

test_sample_position if {
	lib.config_sample_position({"key": "example", "pointer": "/x/example"})
	lib.config_sample_position({"key": "uri", "pointer": "/paths/~1a/get/responses/200/content/application~1json/example/uri"})
	not lib.config_sample_position({"key": "url", "pointer": "/servers/0/url"})
}

test_own_identifier if {
	lib.data_own_identifier({"name": "TaxItem"}, {"name": "TaxID"})
	not lib.data_own_identifier({"name": "Customer"}, {"name": "tax_id"})
	lib.data_prose_read_only("[Output Only] The unique identifier for the resource.")
	not lib.data_prose_read_only("The identifier of the bucket.")
}
