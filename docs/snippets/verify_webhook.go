// Package woeswebhook verifies Woes webhook deliveries (Standard Webhooks)
// with Go's standard library only.
package woeswebhook

import (
	"crypto/ed25519"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

const (
	ToleranceSeconds = 300   // the timestamp window, both ways
	MaxBodyBytes     = 65536 // Woes never sends a larger body
	SecretMinBytes   = 24
	SecretMaxBytes   = 64
	MaxEntries       = 5 // per version: one signature per key, two keys during a rotation
)

// VerificationError carries a stable Code (missing_header, no_matching_signature, …).
type VerificationError struct{ Code, Message string }

func (e *VerificationError) Error() string { return e.Code + ": " + e.Message }

func fail(code, message string) error { return &VerificationError{code, message} }

// decodeBase64 reads canonical base64 only (standard alphabet, padded, zero trailing bits):
// encoding the bytes again must give the text back. The decoder alone skips newlines.
func decodeBase64(text string) ([]byte, bool) {
	raw, err := base64.StdEncoding.DecodeString(text)
	return raw, err == nil && base64.StdEncoding.EncodeToString(raw) == text
}

func decodeKey(value, prefix string) ([]byte, bool) {
	if !strings.HasPrefix(value, prefix) {
		return nil, false
	}
	return decodeBase64(value[len(prefix):])
}

// Verifier holds the decoded keys: whsec_ secrets check v1, whpk_ public keys check v1a.
type Verifier struct {
	secrets         [][]byte
	publicKeys      []ed25519.PublicKey
	Tolerance       time.Duration
	IgnoreTimestamp bool             // only to replay stored deliveries on purpose
	Now             func() time.Time // the clock; time.Now by default
}

// NewVerifier decodes the keys once, so a bad secret fails at startup, not on a delivery.
func NewVerifier(secrets, publicKeys []string) (*Verifier, error) {
	v := &Verifier{Tolerance: ToleranceSeconds * time.Second, Now: time.Now}
	for _, secret := range secrets {
		key, ok := decodeKey(secret, "whsec_")
		if !ok || len(key) < SecretMinBytes || len(key) > SecretMaxBytes {
			return nil, fail("invalid_secret",
				"a secret is not whsec_ + base64 of 24 to 64 bytes; copy it again, without spaces or newlines")
		}
		v.secrets = append(v.secrets, key)
	}
	for _, publicKey := range publicKeys {
		key, ok := decodeKey(publicKey, "whpk_")
		if !ok || len(key) != ed25519.PublicKeySize {
			return nil, fail("invalid_key", "a public key is not whpk_ + base64 of 32 bytes; copy it again")
		}
		v.publicKeys = append(v.publicKeys, key)
	}
	if len(v.secrets) == 0 && len(v.publicKeys) == 0 {
		return nil, fail("invalid_secret", "no secret and no public key to verify with")
	}
	return v, nil
}

// Verify checks one delivery against the raw body, exactly as received, and returns the event.
func (v *Verifier) Verify(body []byte, header http.Header) (map[string]any, error) {
	if len(body) > MaxBodyBytes {
		return nil, fail("body_too_large", "the body is larger than Woes ever sends")
	}
	for _, name := range []string{"webhook-id", "webhook-timestamp", "webhook-signature"} {
		if len(header.Values(name)) == 0 {
			return nil, fail("missing_header", "the "+name+" header is missing; forward all request headers")
		}
	}
	// A signature list split over two header lines is still one list.
	id, timestamp := header.Get("webhook-id"), header.Get("webhook-timestamp")
	signatures := strings.Join(header.Values("webhook-signature"), " ")
	seconds, err := strconv.ParseInt(timestamp, 10, 64)
	// Digits only: no sign, no fraction.
	if err != nil || strings.TrimLeft(timestamp, "0123456789") != "" || len(timestamp) > 15 {
		return nil, fail("malformed_header", "webhook-timestamp is not integer unix seconds")
	}
	signed := append([]byte(id+"."+timestamp+"."), body...)
	entries, byVersion := 0, map[string][]string{}
	for _, token := range strings.Split(signatures, " ") {
		// Two header lines joined by ", " leave a comma after an entry (base64 has none).
		if strings.HasSuffix(token, ",") && strings.Index(token, ",") < len(token)-1 {
			token = token[:len(token)-1]
		}
		version, signature, _ := strings.Cut(token, ",")
		if version == "" || signature == "" {
			continue // an empty slot (repeated spaces) or not version,signature
		}
		entries++
		byVersion[version] = append(byVersion[version], signature)
	}
	if entries == 0 {
		return nil, fail("malformed_header", "webhook-signature is not a list of version,signature")
	}
	// More than Woes ever sends: refused before checking any, as every Woes library does.
	if len(byVersion["v1"]) > MaxEntries || len(byVersion["v1a"]) > MaxEntries {
		return nil, fail("malformed_header",
			"webhook-signature carries more signatures of one version than Woes sends")
	}
	matched := false
	// HMAC-SHA256 with each secret held (two during a rotation).
	for _, signature := range byVersion["v1"] {
		for _, secret := range v.secrets {
			mac := hmac.New(sha256.New, secret)
			mac.Write(signed)
			expected := base64.StdEncoding.EncodeToString(mac.Sum(nil)) // comparing the text is strict
			matched = matched || hmac.Equal([]byte(signature), []byte(expected))
		}
	}
	for _, signature := range byVersion["v1a"] { // ed25519 with each public key held
		raw, ok := decodeBase64(signature)
		for _, key := range v.publicKeys {
			valid := ok && len(raw) == ed25519.SignatureSize && ed25519.Verify(key, signed, raw)
			matched = matched || valid
		}
	} // other versions are ignored, as Standard Webhooks requires
	if !matched {
		return nil, fail("no_matching_signature",
			"no signature matches: use this endpoint's secret and the raw body")
	}
	if skew := seconds - v.Now().Unix(); !v.IgnoreTimestamp && skew < -int64(v.Tolerance.Seconds()) {
		return nil, fail("timestamp_too_old",
			"the delivery is older than the tolerance; check your clock")
	} else if !v.IgnoreTimestamp && skew > int64(v.Tolerance.Seconds()) {
		return nil, fail("timestamp_too_new",
			"the delivery is newer than the tolerance; check your clock")
	}
	var event map[string]any
	if !utf8.Valid(body) || json.Unmarshal(body, &event) != nil {
		return nil, fail("invalid_json", "the signed body is not a JSON object")
	}
	return event, nil
}
