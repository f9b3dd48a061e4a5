//! Accounts: the password hash every account is stored with (argon2id, OWASP's parameters: 19 MiB, 2 passes).

use argon2::password_hash::{PasswordHasher, SaltString};

/// Why a password could not be hashed (the system's random source failed).
#[derive(Debug, thiserror::Error)]
#[error("hashing a password failed: {0}")]
pub struct HashError(String);

/// Argon2id with the crate's default parameters and a random salt, in PHC string form.
pub fn hash_password(password: &str) -> Result<String, HashError> {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|e| HashError(e.to_string()))?;
    let salt = SaltString::encode_b64(&salt).map_err(|e| HashError(e.to_string()))?;
    argon2::Argon2::default().hash_password(password.as_bytes(), &salt).map(|h| h.to_string()).map_err(|e| HashError(e.to_string()))
}
