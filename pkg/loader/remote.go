package loader

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"
)

// DefaultRemoteTimeout bounds the fetch of one remote $ref target.
const DefaultRemoteTimeout = 10 * time.Second

// maxRemoteFiles bounds the remote files fetched for one document.
const maxRemoteFiles = 32

// maxRedirects bounds the redirects followed by one fetch (same host only).
const maxRedirects = 3

// remoteFiles are the files fetched over HTTPS for one document, by URL.
type remoteFiles struct {
	files  map[string]*File
	failed map[string]remoteFailure
	urls   map[*File]string
}

type remoteFailure struct {
	status string
	err    error
}

func (s *fileSet) remoteState() *remoteFiles {
	if s.remote == nil {
		s.remote = &remoteFiles{files: map[string]*File{}, failed: map[string]remoteFailure{}, urls: map[*File]string{}}
	}
	return s.remote
}

// remoteURL returns the URL a file was fetched from, or "" for local files.
func (s *fileSet) remoteURL(f *File) string {
	if s.remote == nil {
		return ""
	}
	return s.remote.urls[f]
}

// remoteData returns the bytes fetched from a URL, for kin-openapi.
func (s *fileSet) remoteData(u string) ([]byte, bool) {
	if s.remote == nil {
		return nil, false
	}
	f, ok := s.remote.files[u]
	if !ok {
		return nil, false
	}
	return f.Data, true
}

// remoteAllowed reports whether the URL may be fetched: HTTPS and a host
// named in Options.AllowRemoteHosts. The reason says why not.
func (s *fileSet) remoteAllowed(u *url.URL) (string, bool) {
	host := strings.ToLower(u.Hostname())
	hostPort := strings.ToLower(u.Host)
	allowed := slices.ContainsFunc(s.opts.AllowRemoteHosts, func(h string) bool {
		h = strings.ToLower(strings.TrimSpace(h))
		return h != "" && (h == host || h == hostPort)
	})
	switch {
	case !allowed:
		return "not fetched (allow its host with --allow-remote-ref)", false
	case u.Scheme != "https":
		return "not fetched: only https references are fetched", false
	case u.User != nil:
		return "not fetched: credentials in the URL", false
	}
	return "", true
}

// fetch returns the remote file at rawURL (without fragment), fetching it
// at most once per document. Refused references have status remote;
// failed fetches have status unreadable.
func (s *fileSet) fetch(rawURL string) (*File, string, error) {
	rs := s.remoteState()
	if f, ok := rs.files[rawURL]; ok {
		return f, statusOK, nil
	}
	if fail, ok := rs.failed[rawURL]; ok {
		return nil, fail.status, fail.err
	}
	f, status, err := s.fetchNew(rawURL)
	if err != nil {
		rs.failed[rawURL] = remoteFailure{status: status, err: err}
		return nil, status, err
	}
	rs.files[rawURL] = f
	rs.urls[f] = rawURL
	s.add(f)
	return f, statusOK, nil
}

func (s *fileSet) fetchNew(rawURL string) (*File, string, error) {
	u, err := url.Parse(rawURL)
	if err != nil || u.Host == "" {
		return nil, statusRemote, fmt.Errorf("remote reference %s is not fetched", rawURL)
	}
	if why, ok := s.remoteAllowed(u); !ok {
		return nil, statusRemote, fmt.Errorf("remote reference %s is %s", rawURL, why)
	}
	if len(s.remote.files) >= maxRemoteFiles {
		return nil, statusUnreadable, fmt.Errorf("remote reference %s is not fetched: more than %d remote files", rawURL, maxRemoteFiles)
	}
	data, err := s.download(u)
	if err != nil {
		return nil, statusUnreadable, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	f, dups, err := parseData(u.Path, data, s.opts.Limits)
	if err != nil {
		return nil, statusUnreadable, fmt.Errorf("%s: %w", rawURL, err)
	}
	f.Path = rawURL
	for i := range dups {
		dups[i].File = rawURL
	}
	s.problems = append(s.problems, dups...)
	return f, statusOK, nil
}

// download GETs u with the configured client, a time limit and the file size
// limit; redirects are followed only to HTTPS on the same host.
func (s *fileSet) download(u *url.URL) ([]byte, error) {
	timeout := s.opts.RemoteTimeout
	if timeout <= 0 {
		timeout = DefaultRemoteTimeout
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	resp, err := s.httpClient(u.Host).Do(req)
	if err != nil {
		return nil, cleanFetchError(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("HTTP status %s", resp.Status)
	}
	if resp.ContentLength > s.opts.MaxFileSize {
		return nil, fmt.Errorf("%w: %d bytes, over %d (raise --max-file-size)", ErrTooLarge, resp.ContentLength, s.opts.MaxFileSize)
	}
	data, err := readLimited(resp.Body, s.opts.MaxFileSize)
	if err != nil && ctx.Err() != nil {
		return nil, fmt.Errorf("timed out after %s", timeout)
	}
	return data, err
}

// httpClient is a copy of the configured client (or a default one) that
// refuses redirects leaving host or HTTPS.
func (s *fileSet) httpClient(host string) *http.Client {
	c := http.Client{}
	if s.opts.HTTPClient != nil {
		c = *s.opts.HTTPClient
	}
	c.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		switch {
		case len(via) > maxRedirects:
			return fmt.Errorf("more than %d redirects", maxRedirects)
		case req.URL.Scheme != "https" || !strings.EqualFold(req.URL.Host, host):
			return fmt.Errorf("redirect to %s refused (other host or not https)", req.URL.Redacted())
		}
		return nil
	}
	return &c
}

func cleanFetchError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		if ue.Timeout() {
			return errors.New("timed out")
		}
		return ue.Err
	}
	return err
}

// resolveRemote resolves the file part of a $ref written in a remote file
// against that file's URL: everything a remote file references is remote,
// so a fetched document can never name a local file.
func resolveRemote(base, file string) string {
	b, err := url.Parse(base)
	if err != nil {
		return file
	}
	r, err := url.Parse(file)
	if err != nil {
		return file
	}
	return b.ResolveReference(r).String()
}
