// Runs docs/snippets/verify_webhook.go over delivery cases, one per stdin line (see
// test/docs/support/language-cases.ts for the format), and prints one verdict per line.
package main

import (
	"bufio"
	"encoding/base64"
	"fmt"
	"net/http"
	"os"
	"strconv"
	"strings"
	"time"

	"woes.test/woeswebhook"
)

func field(value string) string {
	decoded, _ := base64.StdEncoding.DecodeString(value)
	return string(decoded)
}

func list(value string) []string {
	items := []string{}
	if value != "-" {
		for _, item := range strings.Split(value, ",") {
			items = append(items, field(item))
		}
	}
	return items
}

func run(fields []string) string {
	now, _ := strconv.ParseInt(fields[0], 10, 64)
	tolerance, _ := strconv.ParseInt(fields[1], 10, 64)
	verifier, err := woeswebhook.NewVerifier(list(fields[3]), list(fields[4]))
	if err != nil {
		return "error " + err.(*woeswebhook.VerificationError).Code
	}
	verifier.Tolerance = time.Duration(tolerance) * time.Second
	verifier.IgnoreTimestamp = fields[2] == "1"
	verifier.Now = func() time.Time { return time.Unix(now, 0) }
	header := http.Header{}
	for _, pair := range list(fields[5]) {
		name, value, _ := strings.Cut(pair, "\n")
		header.Add(name, value)
	}
	event, err := verifier.Verify([]byte(field(fields[6])), header)
	if err != nil {
		return "error " + err.(*woeswebhook.VerificationError).Code
	}
	kind, _ := event["type"].(string)
	return "ok " + base64.StdEncoding.EncodeToString([]byte(kind))
}

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<22)
	for scanner.Scan() {
		fmt.Println(run(strings.Split(scanner.Text(), " ")))
	}
}
