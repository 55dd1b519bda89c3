package cn.gongkai.serve;

/** Thrown where a request is refused deep inside reading it (a body too large, a broken form). */
final class RequestRefused extends Exception {
  private final transient Refusal refusal;

  RequestRefused(int status, String reason) {
    super(reason);
    this.refusal = new Refusal(status, reason);
  }

  Refusal refusal() {
    return refusal;
  }
}
