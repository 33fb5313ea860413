package semantic

import (
	"slices"
	"testing"
)

const rolesSpec = `
  /auth/sign-up:
    post: {responses: {'200': {description: ok}}}
  /users/verifyEmail:
    post: {responses: {'200': {description: ok}}}
  /account/otp-check:
    post: {responses: {'200': {description: ok}}}
  /api/token-login:
    post: {responses: {'200': {description: ok}}}
  /password/reset:
    post: {responses: {'200': {description: ok}}}
  /users/me/password:
    put: {responses: {'200': {description: ok}}}
  /oauth/token:
    post: {responses: {'200': {description: ok}}}
  /sessions:
    post:
      requestBody:
        content:
          application/json:
            schema: {type: object, properties: {username: {type: string}, password: {type: string}}}
      responses: {'200': {description: ok}}
  /checkout/sessions:
    post:
      requestBody:
        content:
          application/json:
            schema: {type: object, properties: {amount: {type: integer}}}
      responses: {'200': {description: ok}}
  /auth/logout:
    post: {responses: {'200': {description: ok}}}
  /challenges/{id}/answer:
    post:
      requestBody:
        content:
          application/json:
            schema: {type: object, properties: {otp: {type: string}}}
      responses: {'200': {description: ok}}
  /promotions/apply:
    post:
      requestBody:
        content:
          application/json:
            schema: {type: object, properties: {code: {type: string}}}
      responses: {'200': {description: ok}}
  /users:
    post:
      requestBody:
        content:
          application/json:
            schema: {type: object, properties: {email: {type: string}, password: {type: string}}}
      responses: {'200': {description: ok}}
  /reports:
    get:
      description: Lists reports. Admin only.
      responses: {'200': {description: ok}}
  /admin/users:
    get: {responses: {'200': {description: ok}}}
  /coupons:
    post: {responses: {'200': {description: ok}}}
    get: {responses: {'200': {description: ok}}}
  /users/{id}/delete:
    get: {responses: {'200': {description: ok}}}
  /droplets/{id}/destroy_with_associated_resources:
    get: {responses: {'200': {description: ok}}}
  /#Action=UpdateAccountPasswordPolicy:
    post: {responses: {'200': {description: ok}}}
  /#Action=ListVirtualMFADevices:
    post: {responses: {'200': {description: ok}}}
  /registrations/{id}:
    patch: {responses: {'200': {description: ok}}}
  /billingAccounts/{a}/products/{p}/validateMoveEligibility:
    post: {responses: {'200': {description: ok}}}
  /registrations/{id}/vettings:
    post: {responses: {'200': {description: ok}}}
  /v1/subscriptions:
    post:
      requestBody:
        content:
          application/json:
            schema: {type: object, properties: {notification_url: {type: string, format: uri}}}
      responses: {'200': {description: ok}}
  /recordings/{id}/AddOnResults:
    get: {responses: {'200': {description: ok}}}
  /users/{id}/deleted-items:
    get: {responses: {'200': {description: ok}}}
  /documents:
    post:
      requestBody:
        content:
          multipart/form-data:
            schema: {type: object, properties: {file: {type: string}, note: {type: string}}}
      responses: {'200': {description: ok}}
  /notes:
    post:
      requestBody:
        content:
          application/json:
            schema: {type: object, properties: {note: {type: string}}}
      responses: {'200': {description: ok}}
  /avatars:
    put:
      requestBody:
        content:
          image/png: {schema: {type: string, format: binary}}
      responses: {'200': {description: ok}}
  /orders/export:
    get: {responses: {'200': {description: ok}}}
  /webhooks:
    post:
      requestBody:
        content:
          application/json:
            schema: {type: object, properties: {target_url: {type: string, format: uri}}}
      responses: {'200': {description: ok}}
  /hooks/list:
    post:
      requestBody:
        content:
          application/json:
            schema: {type: object, properties: {page: {type: integer}}}
      responses: {'200': {description: ok}}
`

func TestRoles(t *testing.T) {
	m := analyzeYAML(t, spec(rolesSpec))
	type row struct {
		method, path, role, auth string // auth: the authentication kind, when role is authentication
		want                     bool
	}
	for _, r := range []row{
		{"post", "/auth/sign-up", RoleAuthentication, AuthSignup, true},
		{"post", "/users/verifyEmail", RoleAuthentication, AuthVerification, true},
		{"post", "/account/otp-check", RoleAuthentication, AuthOTP, true},
		{"post", "/api/token-login", RoleAuthentication, AuthLogin, true},
		{"post", "/password/reset", RoleAuthentication, AuthPasswordReset, true},
		{"put", "/users/me/password", RoleAuthentication, AuthPasswordChange, true},
		{"post", "/oauth/token", RoleTokenEndpoint, "", true},
		{"post", "/sessions", RoleAuthentication, AuthLogin, true},
		{"post", "/challenges/{id}/answer", RoleAuthentication, AuthOTP, true},
		{"post", "/promotions/apply", RoleAuthentication, "", false},
		{"post", "/users", RoleAuthentication, AuthSignup, true},
		{"post", "/checkout/sessions", RoleAuthentication, "", false},
		{"post", "/auth/logout", RoleAuthentication, "", false},
		{"get", "/reports", RoleAdministration, "", true},
		{"get", "/admin/users", RoleAdministration, "", true},
		{"get", "/coupons", RoleAdministration, "", false},
		{"post", "/coupons", RolePrivilegedWrite, "", true},
		{"get", "/coupons", RolePrivilegedWrite, "", false},
		{"get", "/users/{id}/delete", RoleStateChange, "", true},
		{"get", "/droplets/{id}/destroy_with_associated_resources", RoleStateChange, "", false},
		{"post", "/#Action=UpdateAccountPasswordPolicy", RoleAuthentication, "", false},
		{"post", "/#Action=ListVirtualMFADevices", RoleAuthentication, "", false},
		{"post", "/registrations/{id}/vettings", RoleAuthentication, "", false},
		{"patch", "/registrations/{id}", RoleAuthentication, "", false},
		{"post", "/billingAccounts/{a}/products/{p}/validateMoveEligibility", RoleAuthentication, "", false},
		{"post", "/v1/subscriptions", RoleWebhookRegistration, "", false},
		{"get", "/users/{id}/deleted-items", RoleStateChange, "", false},
		{"get", "/recordings/{id}/AddOnResults", RoleStateChange, "", false},
		{"post", "/notes", RoleStateChange, "", true},
		{"post", "/documents", RoleUpload, "", true},
		{"put", "/avatars", RoleUpload, "", true},
		{"post", "/notes", RoleUpload, "", false},
		{"get", "/orders/export", RoleExport, "", true},
		{"post", "/notes", RoleExport, "", false},
		{"post", "/webhooks", RoleWebhookRegistration, "", true},
		{"post", "/hooks/list", RoleWebhookRegistration, "", false},
	} {
		o := m.op(t, r.method, r.path)
		ev, got := o.Roles.Roles[r.role]
		if got != r.want {
			t.Errorf("%s %s: role %s = %v (roles %v), want %v", r.method, r.path, r.role, got, o.Roles.Roles, r.want)
			continue
		}
		if got && len(ev) == 0 {
			t.Errorf("%s %s: role %s without evidence", r.method, r.path, r.role)
		}
		if r.auth != "" && !slices.Contains(sortedKeys(o.Roles.AuthKinds), r.auth) {
			t.Errorf("%s %s: authentication kinds %v, want %s", r.method, r.path, o.Roles.AuthKinds, r.auth)
		}
	}
}
