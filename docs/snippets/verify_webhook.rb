# Verify a Woes webhook delivery (Standard Webhooks) with Ruby's standard library only.
require "json"
require "openssl"

module WoesWebhook
  TOLERANCE_SECONDS = 300 # the timestamp window, both ways
  MAX_BODY_BYTES = 65_536 # Woes never sends a larger body
  SECRET_BYTES = 24..64
  MAX_ENTRIES = 5 # per version: one signature per key, two keys during a rotation
  # The DER header of an ed25519 public key, before its 32 raw bytes.
  ED25519_SPKI_PREFIX = ["302a300506032b6570032100"].pack("H*")

  class VerificationError < StandardError
    attr_reader :code

    def initialize(code, message)
      super("#{code}: #{message}")
      @code = code
    end
  end

  class Verifier
    attr_accessor :tolerance_seconds, :ignore_timestamp

    # Decodes the keys once, so a bad secret fails at startup, not on a delivery.
    # secrets: whsec_ strings (two during a rotation); public_keys: whpk_ strings for v1a.
    def initialize(secrets, public_keys = [])
      @secrets = secrets.map do |secret|
        key = decode(secret, "whsec_")
        unless key && SECRET_BYTES.cover?(key.bytesize)
          raise VerificationError.new(
            "invalid_secret", "a secret is not whsec_ + base64 of 24 to 64 bytes; copy it again"
          )
        end
        key
      end
      @public_keys = public_keys.map do |public_key|
        key = decode(public_key, "whpk_")
        unless key && key.bytesize == 32
          raise VerificationError.new(
            "invalid_key", "a public key is not whpk_ + base64 of 32 bytes"
          )
        end
        OpenSSL::PKey.read(ED25519_SPKI_PREFIX + key)
      end
      if @secrets.empty? && @public_keys.empty?
        raise VerificationError.new(
          "invalid_secret", "no secret and no public key to verify with"
        )
      end
      @tolerance_seconds = TOLERANCE_SECONDS
      @ignore_timestamp = false # only to replay stored deliveries on purpose
    end

    # body: the raw request body, exactly as received (Rack: request.body.read).
    # headers: header names (any case) to values. Returns the event as a Hash.
    def verify(body, headers, now: Time.now.to_i)
      body = body.b
      if body.bytesize > MAX_BODY_BYTES
        raise VerificationError.new(
          "body_too_large", "the body is larger than Woes ever sends"
        )
      end
      lower = headers.to_h { |name, value| [name.to_s.downcase, value.to_s] }
      id, timestamp, signatures = %w[webhook-id webhook-timestamp webhook-signature].map do |name|
        lower.fetch(name) do
          raise VerificationError.new("missing_header",
                                      "the #{name} header is missing; forward all request headers")
        end
      end
      unless timestamp.match?(/\A[0-9]{1,15}\z/)
        raise VerificationError.new(
          "malformed_header", "webhook-timestamp is not integer unix seconds"
        )
      end
      signed = "#{id}.#{timestamp}.".b + body
      entries = signatures.split(/ /).map do |token|
        # Two header lines joined by ", " leave a comma after an entry (base64 has none).
        token = token.chomp(",") if token.end_with?(",") && token.index(",") < token.length - 1
        token.split(",", 2)
      end
      entries.select! { |version, signature| !version.to_s.empty? && !signature.to_s.empty? }
      if entries.empty?
        raise VerificationError.new(
          "malformed_header", "webhook-signature is not a list of version,signature"
        )
      end
      # More than Woes ever sends: refused before checking any, as every Woes library does.
      if %w[v1 v1a].any? { |name| entries.count { |version, _| version == name } > MAX_ENTRIES }
        raise VerificationError.new(
          "malformed_header",
          "webhook-signature carries more signatures of one version than Woes sends"
        )
      end
      matched = entries.any? do |version, signature|
        case version
        when "v1"
          # HMAC-SHA256 with each secret held (two during a rotation); comparing the text is strict.
          @secrets.any? do |key|
            expected = [OpenSSL::HMAC.digest("SHA256", key, signed)].pack("m0")
            expected.bytesize == signature.bytesize &&
              OpenSSL.fixed_length_secure_compare(expected, signature)
          end
        when "v1a" # ed25519 with each public key held
          raw = decode_base64(signature).to_s
          raw.bytesize == 64 && @public_keys.any? { |key| key.verify(nil, raw, signed) }
        else
          false # other versions are ignored, as Standard Webhooks requires
        end
      end
      unless matched
        raise VerificationError.new(
          "no_matching_signature",
          "no signature matches: use this endpoint's secret and the raw body"
        )
      end
      skew = timestamp.to_i - now
      if !@ignore_timestamp && skew < -@tolerance_seconds
        raise VerificationError.new(
          "timestamp_too_old", "the delivery is older than the tolerance; check your clock"
        )
      end
      if !@ignore_timestamp && skew > @tolerance_seconds
        raise VerificationError.new(
          "timestamp_too_new", "the delivery is newer than the tolerance; check your clock"
        )
      end
      text = body.dup.force_encoding(Encoding::UTF_8)
      unless text.valid_encoding?
        raise VerificationError.new(
          "invalid_json", "the signed body is not UTF-8"
        )
      end
      event = JSON.parse(text)
      unless event.is_a?(Hash)
        raise VerificationError.new(
          "invalid_json", "the signed body is not a JSON object"
        )
      end
      event
    rescue JSON::ParserError
      raise VerificationError.new("invalid_json", "the signed body is not JSON")
    end

    private

    def decode(value, prefix)
      decode_base64(value.delete_prefix(prefix)) if value.start_with?(prefix)
    end

    # Canonical base64 only: "m0" is RFC 4648 strict
    # (standard alphabet, padded, zero trailing bits).
    def decode_base64(text)
      text.unpack1("m0")
    rescue ArgumentError
      nil
    end
  end
end
