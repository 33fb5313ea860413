# METADATA
# title: File upload without size limit
# description: >-
#   The operation accepts file content (a binary media type such as `application/octet-stream` or
#   `image/*`, a binary or `contentMediaType` part in a multipart body, or a 2.0 `type: file`
#   parameter) but neither bounds its size with `maxLength` nor documents `413 Content Too Large`.
#   Nothing in the contract says how large an upload may be; uploads are the cheapest way to exhaust
#   bandwidth, memory and storage.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa4-unrestricted-resource-consumption/
#   - https://cwe.mitre.org/data/definitions/400.html
# custom:
#   id: upload-without-size-limit
#   severity: low
#   ruleset: recommended
#   owasp: [API4:2023]
#   cwe: [400, 770]
#   remediation: >-
#     Enforce a maximum upload size and document it: `maxLength` (bytes) on the binary schema and a
#     `413` response for larger bodies.
package oasguard.rules.resources.upload_without_size_limit

import data.oasguard.lib

findings contains lib.finding(op, msg) if {
	some op in input.operations
	some what in unbounded_uploads(op)
	not lib.has_status(op, "413")
	msg := sprintf("%s accepts %s with no maxLength and no 413 response", [lib.operation_label(op), what])
}

unbounded_uploads(op) := ({what |
	some what in body_uploads(op)
} | {what |
	some what in part_uploads(op)
}) | {"a file parameter" |
	some p in op.parameters
	file_type_ids[p.schema]
}

# file_type_ids are the 2.0 `type: file` schemas.
file_type_ids := {id |
	some id in lib.schema_ids("type", "file")
	input.schemas[id].type == "file"
}

body_uploads(op) := {sprintf("a %s body", [m.media_type]) |
	some m in op.request_body.content
	binary_media(m.media_type)
	not bounded_schema(m.schema)
}

part_uploads(op) := {sprintf("file part %q", [p.name]) |
	some m in op.request_body.content
	regex.match(`^(multipart/|application/x-www-form-urlencoded)`, m.media_type)
	some p in input.schemas[m.schema].properties
	f := file_target(p.schema)
	not lib.resources_has_keyword(f, "maxLength")
}

# file_target is the file schema of a part: the part's schema, or the items
# of an array of files.
file_target(id) := input.schemas[id] if lib.resources_file_ids[id]

else := input.schemas[i] if {
	input.schemas[id].type == "array"
	i := input.schemas[id].items
	lib.resources_file_ids[i]
}

binary_media(mt) if regex.match(`^(application/(octet-stream|pdf|zip|gzip|x-tar|x-7z-compressed|vnd\..*)|image/.*|video/.*|audio/.*|\*/\*)$`, mt)

bounded_schema(id) if lib.resources_has_keyword(input.schemas[id], "maxLength")
