package output

import (
	"fmt"
	"io"
	"strings"

	"github.com/oasguard/oasguard/pkg/semantic"
)

// Explanation renders what the semantic layer concluded about one node
// (`oasguard explain`): the node, then one line per conclusion with the
// evidence that decided it. Spec text is printed through %q, so that no
// control character from the document reaches the terminal.
func Explanation(w io.Writer, file, asked, explained string, cs []semantic.Conclusion) error {
	if len(cs) == 0 {
		_, err := fmt.Fprintf(w, "%s#%s: the semantic layer concluded nothing about this node or its ancestors\n", file, asked)
		return err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s#%s\n", file, explained)
	if explained != strings.TrimPrefix(asked, "#") {
		fmt.Fprintf(&b, "  (nothing about %s itself; showing its nearest explained ancestor)\n", asked)
	}
	subject := ""
	for _, c := range cs {
		if c.Subject != subject {
			subject = c.Subject
			fmt.Fprintf(&b, "%s\n", quoteText(subject))
		}
		fmt.Fprintf(&b, "  - %s", quoteText(c.Statement))
		if len(c.Evidence) > 0 {
			fmt.Fprintf(&b, ", from %s", quoteText(strings.Join(c.Evidence, "; ")))
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// quoteText keeps printable text as is and escapes anything else.
func quoteText(s string) string {
	q := fmt.Sprintf("%q", s)
	q = q[1 : len(q)-1]
	return strings.ReplaceAll(q, `\"`, `"`)
}
