package lsp

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/textproto"
	"strconv"

	"github.com/sourcegraph/jsonrpc2"
)

// badMessageMethod is the notification the codec hands the server in place of
// a frame that could not be read as a JSON-RPC message; the server answers it
// with a parse error and goes on serving.
const badMessageMethod = "$/oasguard/badMessage"

// codec frames messages as the LSP base protocol does (Content-Length
// headers, read with net/textproto) for jsonrpc2. Unlike
// jsonrpc2.VSCodeObjectCodec it survives bad input: a frame whose body is not
// JSON, whose header is malformed or whose body is over the size limit is
// consumed and replaced by a badMessageMethod notification, so the
// connection stays in step and open.
type codec struct{ maxBody int64 }

// WriteObject implements jsonrpc2.ObjectCodec.
func (codec) WriteObject(w io.Writer, obj any) error {
	return jsonrpc2.VSCodeObjectCodec{}.WriteObject(w, obj)
}

// ReadObject implements jsonrpc2.ObjectCodec.
func (c codec) ReadObject(r *bufio.Reader, v any) error {
	h, err := textproto.NewReader(r).ReadMIMEHeader()
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return err
	}
	if err != nil {
		return badMessage(v, fmt.Sprintf("malformed message header: %v", err))
	}
	n, err := strconv.ParseInt(h.Get("Content-Length"), 10, 64)
	if err != nil || n < 0 {
		return badMessage(v, "message header without a valid Content-Length")
	}
	if n > c.maxBody {
		if _, err := io.CopyN(io.Discard, r, n); err != nil {
			return err
		}
		return badMessage(v, fmt.Sprintf("message of %d bytes is over the limit of %d bytes", n, c.maxBody))
	}
	body := make([]byte, n)
	if _, err := io.ReadFull(r, body); err != nil {
		return err
	}
	if err := json.Unmarshal(body, v); err != nil {
		return badMessage(v, fmt.Sprintf("not a JSON-RPC message: %v", err))
	}
	return nil
}

func badMessage(v any, reason string) error {
	msg, err := json.Marshal(map[string]any{"jsonrpc": "2.0", "method": badMessageMethod, "params": map[string]string{"reason": reason}})
	if err != nil {
		return err
	}
	return json.Unmarshal(msg, v)
}

// parseError is the response to a message that could not be read: JSON-RPC
// error -32700 with a null id.
func parseError(reason string) json.RawMessage {
	b, _ := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": nil,
		"error": map[string]any{"code": jsonrpc2.CodeParseError, "message": reason}})
	return b
}

// conn is the server's side of one connection.
type conn struct {
	rpc    *jsonrpc2.Conn
	ready  chan struct{} // closed once rpc is set
	stream jsonrpc2.ObjectStream
}

func (c *conn) notify(method string, params any) {
	<-c.ready
	_ = c.rpc.Notify(context.Background(), method, params)
}

// call sends a request to the client without waiting for its answer (the
// server reads answers on the goroutine that serves requests).
func (c *conn) call(method string, params any) {
	go func() {
		<-c.ready
		_ = c.rpc.Call(context.Background(), method, params, nil)
	}()
}
