package loader

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
)

// IsURL tells whether a scan path names a document by URL.
func IsURL(p string) bool {
	return strings.HasPrefix(p, "https://") || strings.HasPrefix(p, "http://")
}

// LoadURL fetches the document at rawURL and loads it, with the time and
// size limits of remote $refs (Options.RemoteTimeout, MaxFileSize) and the
// system's certificate store (SSL_CERT_FILE included). Plain http:// is
// refused unless Options.AllowHTTP. The document's relative $refs resolve
// against its URL and follow the remote-ref policy: they are fetched only
// from hosts named in AllowRemoteHosts, over HTTPS.
func LoadURL(rawURL string, opts Options) (*Document, error) {
	opts = opts.withDefaults(".")
	u, err := url.Parse(rawURL)
	switch {
	case err != nil || u.Host == "":
		return nil, fmt.Errorf("%s is not a URL", rawURL)
	case u.User != nil:
		return nil, errors.New("credentials in the URL are refused")
	case u.Scheme == "http" && !opts.AllowHTTP:
		return nil, errors.New("plain http:// is refused: use https://, or --allow-http to fetch it anyway")
	case u.Scheme != "https" && u.Scheme != "http":
		return nil, fmt.Errorf("unsupported URL scheme %q", u.Scheme)
	}
	u.Fragment = ""
	fs := newFileSet(opts)
	data, err := fs.download(u)
	if err != nil {
		return nil, fmt.Errorf("fetch: %w", err)
	}
	opts.rootURL = u.String()
	return load(rawURL, "", data, opts)
}

// markRemote records that the root document was fetched from rawURL, so
// that its relative $refs resolve against it (as remote references).
func (s *fileSet) markRemote(f *File, rawURL string) {
	rs := s.remoteState()
	rs.files[rawURL] = f
	rs.urls[f] = rawURL
}
