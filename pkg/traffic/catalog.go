package traffic

import "github.com/oasguard/oasguard/pkg/report"

// Check is the metadata of one kind of traffic finding: what `oasguard
// traffic --list-checks` prints and every finding of the kind carries.
type Check struct {
	ID          string
	Title       string
	Severity    report.Severity // the default; some findings rate higher (see Description)
	OWASP       []string
	CWE         []int
	Description string
	Remediation string
}

// The check ids.
const (
	CheckShadow          = "traffic-shadow-endpoint"
	CheckZombie          = "traffic-zombie-endpoint"
	CheckOrphans         = "traffic-orphan-operations"
	CheckUnauthenticated = "traffic-unauthenticated-success"
	CheckUndeclared      = "traffic-undeclared-response-property"
	CheckSecretInQuery   = "traffic-secret-in-query"
	CheckStatus          = "traffic-undocumented-status"
	CheckErrorLeak       = "traffic-error-leak"
	CheckPlainHTTP       = "traffic-plain-http"
	CheckCORS            = "traffic-cors-reflected-origin"
	CheckInvalidRequest  = "traffic-invalid-request-accepted"
	CheckResponseSchema  = "traffic-response-schema-mismatch"
)

// Checks returns the metadata of every traffic check, sorted by id.
func Checks() []Check {
	return []Check{
		{ID: CheckCORS, Title: "CORS response reflects an arbitrary origin with credentials", Severity: report.High,
			OWASP: []string{"API8:2023"}, CWE: []int{942},
			Description: "A response echoed the request's Origin header in Access-Control-Allow-Origin (or allowed the origin null) " +
				"and set Access-Control-Allow-Credentials: true. Any web site can then read the API's responses with the user's cookies.",
			Remediation: "Allow credentials only for a fixed list of trusted origins; never copy the Origin header into the response."},
		{ID: CheckErrorLeak, Title: "Server error leaks a stack trace or server version", Severity: report.Medium,
			OWASP: []string{"API8:2023"}, CWE: []int{209, 497},
			Description: "A 5xx response carried a stack trace in its body or named the server software with its version " +
				"(Server, X-Powered-By, X-AspNet-Version headers). Both tell an attacker which known vulnerabilities to try.",
			Remediation: "Return a generic error body (e.g. RFC 9457 problem details) and strip version numbers from server headers."},
		{ID: CheckInvalidRequest, Title: "Request that does not match the spec was accepted", Severity: report.Low,
			OWASP: []string{"API8:2023"}, CWE: []int{20},
			Description: "A request whose parameters or body do not match the operation's schema (checked with kin-openapi's " +
				"openapi3filter) was answered with 2xx: the server does not validate its input as the spec says.",
			Remediation: "Validate requests against the spec at the edge (gateway or middleware), or correct the spec."},
		{ID: CheckOrphans, Title: "Documented operations never seen in the capture", Severity: report.Info,
			OWASP: []string{"API9:2023"}, CWE: []int{1059},
			Description: "One summary per spec listing the operations no captured request reached. Meaningful only when the capture " +
				"covers the API's hosts, which the finding names: unused operations may be dead code that still widens the attack surface.",
			Remediation: "Remove operations that are no longer served, or capture traffic that exercises them."},
		{ID: CheckPlainHTTP, Title: "API called over plain HTTP", Severity: report.Medium,
			OWASP: []string{"API8:2023"}, CWE: []int{319},
			Description: "Requests reached the API over http://, so credentials and data crossed the network unencrypted.",
			Remediation: "Serve the API over HTTPS only, redirect or refuse plain HTTP, and send Strict-Transport-Security."},
		{ID: CheckResponseSchema, Title: "Response does not match its schema", Severity: report.Low,
			OWASP: []string{"API3:2023"}, CWE: []int{1068},
			Description: "A response body did not validate against the documented schema (checked with kin-openapi's openapi3filter): " +
				"clients and reviewers rely on a contract the server does not keep.",
			Remediation: "Fix the server or the spec so that responses match the documented schema."},
		{ID: CheckSecretInQuery, Title: "Credential, token or personal data in the query string", Severity: report.High,
			OWASP: []string{"API2:2023", "API8:2023"}, CWE: []int{598},
			Description: "A query parameter whose name says it holds a credential, a token or personal data, or whose value looks " +
				"like a token, was sent in the URL. URLs end up in access logs, proxies, browser history and Referer headers. " +
				"Values are never copied into the report.",
			Remediation: "Send credentials in the Authorization header and personal data in the request body."},
		{ID: CheckShadow, Title: "Undocumented endpoint answers (shadow API)", Severity: report.High,
			OWASP: []string{"API9:2023"}, CWE: []int{1059},
			Description: "Requests to a path or method the spec does not document were answered (not 404/405). Grouped by route " +
				"template, so /users/1 and /users/2 are one finding, located where the path would be documented under paths.",
			Remediation: "Document the endpoint (and its security) in the spec, or remove it from the server."},
		{ID: CheckUnauthenticated, Title: "Secured operation answered 2xx without credentials", Severity: report.Critical,
			OWASP: []string{"API2:2023"}, CWE: []int{306},
			Description: "The operation requires security, but a request carrying none of the credentials any of its security " +
				"requirements names (header, query, cookie, Authorization) was answered with 2xx. Checked only when the capture " +
				"records the headers concerned.",
			Remediation: "Enforce the documented security on the server, or document the operation as public if it is meant to be."},
		{ID: CheckStatus, Title: "Response status not documented", Severity: report.Low,
			OWASP: []string{"API9:2023"}, CWE: []int{1059},
			Description: "The server answered with a status code that the operation's responses do not list (exactly, as a range " +
				"such as 4XX, or as default).",
			Remediation: "Document the status code and its body, or fix the server."},
		{ID: CheckUndeclared, Title: "Response carries properties the schema does not declare", Severity: report.Low,
			OWASP: []string{"API3:2023"}, CWE: []int{213},
			Description: "A JSON response had properties that its schema does not declare (walked structurally through properties, " +
				"allOf, oneOf, anyOf and items): excessive data exposure. Rated high when the property name is personal data, " +
				"critical when it is a secret or a credential, low otherwise.",
			Remediation: "Return only the documented fields (serialize through an explicit response model), or document the field."},
		{ID: CheckZombie, Title: "Deprecated or superseded endpoint still gets traffic (zombie API)", Severity: report.Medium,
			OWASP: []string{"API9:2023"}, CWE: []int{1059},
			Description: "A deprecated operation, an older version of a versioned path that the spec also documents in a newer " +
				"version, or an undocumented older version of a documented path, still answered requests.",
			Remediation: "Retire the old version (answer 410 Gone), migrate its clients, and remove it from the spec."},
	}
}

// checkByID returns a check's metadata.
func checkByID(id string) Check {
	for _, c := range Checks() {
		if c.ID == id {
			return c
		}
	}
	return Check{ID: id, Title: id, Severity: report.Info}
}

// CheckIDs returns the id of every traffic check, for configuration
// validation.
func CheckIDs() []string {
	var ids []string
	for _, c := range Checks() {
		ids = append(ids, c.ID)
	}
	return ids
}
