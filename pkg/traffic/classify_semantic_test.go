package traffic

import "testing"

// TestClassifySharesTheSemanticLayer: names the traffic word lists miss are
// classed by the scanner's semantic layer, and its false friends stay plain.
func TestClassifySharesTheSemanticLayer(t *testing.T) {
	for _, tc := range []struct {
		name string
		want DataClass
	}{
		{"bank_account_number", ClassPersonal},
		{"privateKeyPem", ClassSecret},
		{"key_id", ClassNone},
		{"cvc_check", ClassNone},
	} {
		if got := Classify(tc.name); got != tc.want {
			t.Errorf("Classify(%q) = %q, want %q (semantic %q, words %q)", tc.name, got, tc.want, semanticClass(tc.name), classifyWords(tc.name))
		}
	}
	if classifyWords("bank_account_number") != ClassNone {
		t.Error("the word lists alone class bank_account_number: the case does not show the semantic layer deciding")
	}
}
