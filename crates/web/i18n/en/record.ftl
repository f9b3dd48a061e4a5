# Agora — English catalog: the public record.
record-title = Public record
record-intro = Every public change of this forum — registrations counted, organizations, cycles, proposals, screening, decisions — is appended to a log that is hashed into a Merkle tree (RFC 9162, as in Certificate Transparency) and signed. Anyone can check that nothing was edited, deleted or reordered afterwards.
record-head = Latest signed tree head
record-size = Entries
record-root = Root hash
record-signed-at = Signed at
record-signature = Signature (ed25519)
record-no-head = No tree head has been signed yet.
record-public-key = The forum's public key
record-verify = Verify it yourself
record-verify-how = The agora program checks the signature, recomputes the tree from every entry, names any entry that does not match, and with a saved state checks that the log only grew since your last check:
record-recent = Latest entries
record-when = When
record-what = What
