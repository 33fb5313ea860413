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
