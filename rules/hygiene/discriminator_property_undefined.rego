# METADATA
# title: Discriminator property is not defined or not required
# description: >-
#   A schema's `discriminator` names a property that the schema (or each of its `oneOf`/`anyOf`
#   branches) does not define, or does not require. Payloads without it cannot be mapped to a branch,
#   and validators and code generators then pick one differently from the server, which lets a client
#   slip a payload past the checks of the branch it claims.
# related_resources:
#   - https://spec.openapis.org/oas/v3.1.0#discriminator-object
# custom:
#   id: discriminator-property-undefined
#   severity: low
#   ruleset: all
#   owasp: [API8:2023]
#   cwe: [1284]
#   remediation: >-
#     Define the discriminator property in every branch (or in the base schema) and list it in
#     `required`.
package oasguard.rules.hygiene.discriminator_property_undefined

import data.oasguard.lib

findings contains lib.finding(where, msg) if {
	some s in input.schemas
	d := s.keywords.discriminator
	name := property_name(d)
	problem := problem_of(s, name)
	where := location(s, d)
	msg := sprintf("discriminator property %q %s", [name, problem])
}

property_name(d) := d if is_string(d)

else := d.propertyName if is_string(d.propertyName)

location(s, d) := lib.locate_key(s, "discriminator") if is_string(d)

else := {"pointer": concat("/", [s.pointer, "discriminator", "propertyName"]), "file": object.get(s, "file", "")}

# The schemas that must define the property: the branches of a oneOf or
# anyOf that does not define it itself, else the schema.
holders(s, name) := [lib.data_schema_of(b) | some b in array.concat(s.one_of, s.any_of)] if {
	count(array.concat(s.one_of, s.any_of)) > 0
	not defines(s, name)
} else := [s]

defines(s, name) if {
	some p in s.properties
	p.name == name
}

# A branch that is itself a oneOf/anyOf is checked through its own branches
# (and its own discriminator), not as a holder.
problem_of(s, name) := "is not defined" if {
	some h in holders(s, name)
	h != {}
	count(array.concat(h.one_of, h.any_of)) == 0
	not defines(h, name)
} else := "is defined but not required" if {
	some h in holders(s, name)
	defines(h, name)
	not name in h.required
	not name in s.required
}
