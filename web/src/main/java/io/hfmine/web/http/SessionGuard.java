package io.hfmine.web.http;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The per-session token every write must carry (CSRF protection). A browser session is a random
 * id in a strict same-site, script-less cookie; its token is an HMAC of that id under a key made
 * at start-up, written into each form. A page of another site can neither read the token nor
 * make the browser send the cookie, so it cannot write annotations; a restart invalidates every
 * token.
 */
public final class SessionGuard {
  /** Name of the session cookie. */
  public static final String COOKIE = "hfmine_session";
  /** Name of the form field that carries the token. */
  public static final String FIELD = "_token";

  private final SecureRandom random = new SecureRandom();
  private final byte[] key = new byte[32];

  public SessionGuard() {
    random.nextBytes(key);
  }

  /** The token of the request's session, starting a session (a cookie on the response) when there is none. */
  public String token(Context ctx) {
    String session = ctx.cookie(COOKIE);
    if (session == null || session.length() < 16) {
      byte[] id = new byte[24];
      random.nextBytes(id);
      session = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
      Cookie cookie = new Cookie(COOKIE, session);
      cookie.setHttpOnly(true);
      cookie.setSameSite(SameSite.STRICT);
      cookie.setPath("/");
      ctx.cookie(cookie);
    }
    return sign(session);
  }

  /** Whether a write carries its session's token. */
  public boolean allows(Context ctx) {
    String session = ctx.cookie(COOKIE);
    String token = ctx.formParam(FIELD);
    if (session == null || token == null) {
      return false;
    }
    return MessageDigest.isEqual(sign(session).getBytes(StandardCharsets.US_ASCII),
        token.getBytes(StandardCharsets.US_ASCII));
  }

  /** The hidden form field with the token. */
  public String field(Context ctx) {
    return "<input type=\"hidden\" name=\"" + FIELD + "\" value=\"" + token(ctx) + "\">";
  }

  private String sign(String session) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(session.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }
}
