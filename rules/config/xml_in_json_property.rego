# METADATA
# title: XML document carried inside a JSON property
# description: >-
#   A request property is a string that holds an XML document: its example or default starts like XML, its
#   `contentMediaType` is an XML type, or its name says xml. The server parses it with an XML parser that
#   the JSON request's content type does not reveal, so XML external entity and entity-expansion attacks
#   reach it past filters that only look at XML bodies.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa8-security-misconfiguration/
#   - https://cheatsheetseries.owasp.org/cheatsheets/XML_External_Entity_Prevention_Cheat_Sheet.html
#   - https://cwe.mitre.org/data/definitions/611.html
# custom:
#   id: xml-in-json-property
#   severity: low
#   ruleset: all
#   owasp: [API8:2023]
#   cwe: [611, 776]
#   remediation: >-
#     Parse the embedded XML with DTDs and external entities disabled, and say so in the property's
#     description; better, accept the data as JSON.
package oasguard.rules.config.xml_in_json_property

import data.oasguard.lib

findings contains lib.finding(p, msg) if {
	some id in lib.schema_ids("use", "request")
	s := input.schemas[id]
	some p in lib.data_own_properties(s)
	not p.read_only
	ps := lib.data_prop_schema(p)
	ps.type in {"", "string"}
	why := xml_sign(p, ps)
	msg := sprintf("request property %q carries an XML document (%s): parse it with DTDs and external entities disabled", [p.name, why])
}

# The cheap suffix test first: splitting every request property's name into
# words is costly on large specs.
xml_sign(p, ps) := "its name" if {
	endswith(lower(p.name), "xml")
	lib.data_last_word(p.name) == "xml"
}

else := "its contentMediaType" if regex.match(`(?i)[/+]xml$`, object.get(ps.keywords, "contentMediaType", ""))

else := "its example" if looks_xml(object.get(ps.keywords, "example", ""))

else := "its default" if looks_xml(object.get(ps.keywords, "default", ""))

looks_xml(v) if {
	is_string(v)
	regex.match(`^\s*<(\?xml|!DOCTYPE)`, v)
}

# An element with a closing tag: <a>..</a>, not a placeholder like <your key>.
looks_xml(v) if {
	is_string(v)
	regex.match(`^\s*<[A-Za-z_][\w:.-]*[\s>/]`, v)
	regex.match(`</[A-Za-z_][\w:.-]*>\s*$`, v)
}
