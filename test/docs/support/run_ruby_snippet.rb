# Runs docs/snippets/verify_webhook.rb over delivery cases, one per stdin line (see
# test/docs/support/language-cases.ts for the format), and prints one verdict per line.
require_relative "../../../docs/snippets/verify_webhook"

def field(value) = value.unpack1("m0")
def list(value) = value == "-" ? [] : value.split(",").map { |item| field(item) }

$stdin.each_line(chomp: true) do |line|
  now, tolerance, ignore, secrets, public_keys, headers, body = line.split(" ", -1)
  begin
    verifier = WoesWebhook::Verifier.new(list(secrets), list(public_keys))
    verifier.tolerance_seconds = Integer(tolerance)
    verifier.ignore_timestamp = ignore == "1"
    pairs = list(headers).map { |pair| pair.force_encoding(Encoding::UTF_8).split("\n", 2) }
    event = verifier.verify(field(body), pairs.to_h, now: Integer(now))
    puts "ok #{[event["type"].to_s].pack("m0")}"
  rescue WoesWebhook::VerificationError => error
    puts "error #{error.code}"
  end
end
