package loader

import (
	"reflect"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"
)

var schemaRefType = reflect.TypeOf(&openapi3.SchemaRef{})

// stubComponentRefs replaces every reference to a local component schema by
// an empty schema, except the components themselves. kin-openapi validates a
// shared schema again at every use; with the stubs it validates each
// component once, through doc.Components, and reports its problems there,
// where they are fixed. The document is discarded after validation.
func stubComponentRefs(doc *openapi3.T) {
	w := stubWalker{seen: map[uintptr]bool{}}
	if doc.Components != nil {
		for _, s := range doc.Components.Schemas {
			if s != nil && s.Value != nil {
				w.walk(reflect.ValueOf(s.Value))
			}
		}
		w.walk(reflect.ValueOf(doc.Components).Elem().FieldByName("Parameters"))
		w.walk(reflect.ValueOf(doc.Components).Elem().FieldByName("Headers"))
		w.walk(reflect.ValueOf(doc.Components).Elem().FieldByName("RequestBodies"))
		w.walk(reflect.ValueOf(doc.Components).Elem().FieldByName("Responses"))
	}
	w.walk(reflect.ValueOf(doc.Paths))
	w.walk(reflect.ValueOf(doc.Webhooks))
}

type stubWalker struct{ seen map[uintptr]bool }

// stub is the replacement for a reference to a component schema, or nil.
func stub(v reflect.Value) reflect.Value {
	if v.Type() != schemaRefType || v.IsNil() {
		return reflect.Value{}
	}
	ref := v.Interface().(*openapi3.SchemaRef).Ref
	if !strings.HasPrefix(ref, "#/components/schemas/") {
		return reflect.Value{}
	}
	return reflect.ValueOf(&openapi3.SchemaRef{Ref: ref, Value: &openapi3.Schema{}})
}

func (w stubWalker) walk(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() || w.seen[v.Pointer()] {
			return
		}
		w.seen[v.Pointer()] = true
		if m := hiddenMap(v.Interface()); m.IsValid() {
			w.walk(m)
			return
		}
		w.walk(v.Elem())
	case reflect.Interface:
		if !v.IsNil() {
			w.walk(v.Elem())
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			f := v.Field(i)
			if !f.CanSet() {
				continue
			}
			if s := stub(f); s.IsValid() {
				f.Set(s)
				continue
			}
			w.walk(f)
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			e := v.Index(i)
			if s := stub(e); s.IsValid() && e.CanSet() {
				e.Set(s)
				continue
			}
			w.walk(e)
		}
	case reflect.Map:
		iter := v.MapRange()
		for iter.Next() {
			if s := stub(iter.Value()); s.IsValid() {
				v.SetMapIndex(iter.Key(), s)
				continue
			}
			w.walk(iter.Value())
		}
	}
}

// hiddenMap returns the members of kin-openapi's map types whose map field is
// unexported (Paths, Responses, Callback); the values are pointers, so the
// walk can still replace what they hold.
func hiddenMap(x any) reflect.Value {
	switch t := x.(type) {
	case *openapi3.Paths:
		return reflect.ValueOf(t.Map())
	case *openapi3.Responses:
		return reflect.ValueOf(t.Map())
	case *openapi3.Callback:
		return reflect.ValueOf(t.Map())
	}
	return reflect.Value{}
}
