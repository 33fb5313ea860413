package oasguard.lib_locate_test

import data.oasguard.lib

test_locate_key_escapes_and_keeps_the_file if {
	lib.locate_key({"pointer": "/a", "file": "f.yaml"}, "in") == {"pointer": "/a/in", "file": "f.yaml"}
	lib.locate_key({"pointer": "/a"}, "x/y") == {"pointer": "/a/x~1y", "file": ""}
}

test_locate_scheme_kind if {
	s := {"pointer": "/components/securitySchemes/basic"}
	lib.locate_scheme_kind(s).pointer == "/components/securitySchemes/basic/scheme" with input as {"oas": "3.0"}
	lib.locate_scheme_kind({"pointer": "/securityDefinitions/basic"}).pointer == "/securityDefinitions/basic/type" with input as {"oas": "2.0"}
}

test_locate_flow if {
	lib.locate_flow({"pointer": "/components/securitySchemes/o/flows/implicit"}).pointer == "/components/securitySchemes/o/flows/implicit"
	lib.locate_flow({"pointer": "/securityDefinitions/o"}).pointer == "/securityDefinitions/o/flow"
}

test_locate_server_url if {
	lib.locate_server_url({"pointer": "/servers/0"}).pointer == "/servers/0/url"
	lib.locate_server_url({"pointer": "/paths/~1a/get/servers/1"}).pointer == "/paths/~1a/get/servers/1/url"
	lib.locate_server_url({"pointer": "/schemes/0"}).pointer == "/schemes/0"
}
