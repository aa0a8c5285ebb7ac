package dev.vigie.source.drive;

import java.util.Optional;

/**
 * How Vigie reaches Drive now, from the data folder and the environment alone (no request is made).
 *
 * @param clientImported   a Desktop OAuth client is in the data folder
 * @param connected        a token from connecting is stored
 * @param account          the account it was made for, when known
 * @param environmentToken {@value DriveEndpoint#ACCESS_TOKEN_VARIABLE} is set and takes precedence
 */
public record DriveStatus(boolean clientImported, boolean connected, Optional<String> account,
                          boolean environmentToken) {
}
