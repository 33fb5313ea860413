package validate

import (
	"fmt"
	"testing"
	"time"
)

func TestTmpDebug(t *testing.T) {
	start := time.Now()
	v, err := New()
	if err != nil {
		t.Fatal(err)
	}
	fmt.Println("compile", time.Since(start))
	for _, src := range []struct{ ver, doc string }{
		{"3.0", `{"openapi":"3.0.3","info":{"title":"x","version":"1"},"paths":{"/pets":{"get":{"parameters":[{"name":"a","in":"paht","schema":{"type":"strin"}}],"responses":{"2000":{"description":"x"}}}}}}`},
		{"2.0", `{"swagger":"2.0","info":{"title":"x","version":"1"},"paths":{"/pets":{"get":{"parameters":[{"name":"a","in":"paht","type":"string"}],"responses":{}}}}}`},
		{"3.1", `{"openapi":"3.1.0","info":{"title":"x","version":"1"},"paths":{"/pets":{"get":{"foo":1,"parameters":[{"name":"a","in":"paht","schema":{"type":"strin"}}],"responses":{"2000":{"description":"x"}}}}}}`},
		{"3.2", `{"openapi":"3.2.0","info":{"title":"x"},"paths":{"/pets":{"get":{"responses":{}}}}}`},
	} {
		doc, err := yamlToGeneric([]byte(src.doc))
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range v.Validate(src.ver, doc) {
			fmt.Printf("%s  %s: %s\n", src.ver, p.Pointer, p.Message)
		}
	}
}
