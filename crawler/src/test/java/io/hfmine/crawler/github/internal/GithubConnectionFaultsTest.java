package io.hfmine.crawler.github.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hfmine.crawler.github.ApiResponse;
import io.hfmine.crawler.github.GithubApi;
import io.hfmine.crawler.github.fake.FakeGithub;
import io.hfmine.crawler.github.fake.FakeGithub.Fault;
import io.hfmine.crawler.github.fake.GithubRig;
import io.hfmine.crawler.github.rate.Bucket;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GithubConnectionFaultsTest {
  private static final String TOKEN_A = "ghp_faketokenAAAAAAAAAAAAAAAAAAAAAAAA";
  private static final String TOKEN_B = "ghp_faketokenBBBBBBBBBBBBBBBBBBBBBBBB";

  private GithubRig rig;

  @AfterEach
  void close() throws IOException {
    rig.close();
  }

  private ApiResponse getRepo() throws IOException {
    GithubApi api = rig.connection().api();
    return api.get(api.url("repos/acme/app", Map.of()));
  }

  @Test
  void sendsTheApiVersionAndTheTokensInTurn() throws IOException {
    rig = new GithubRig(List.of(TOKEN_A, TOKEN_B));
    rig.github.repo("acme/app");
    getRepo();
    getRepo();
    List<FakeGithub.RecordedLine> log = rig.github.log();
    assertThat(log).extracting(FakeGithub.RecordedLine::apiVersion).containsOnly("2022-11-28");
    assertThat(log).extracting(FakeGithub.RecordedLine::authorization)
        .containsExactly("Bearer " + TOKEN_A, "Bearer " + TOKEN_B);
  }

  @Test
  void retriesAServerErrorAfterABackoff() throws IOException {
    rig = new GithubRig(List.of(TOKEN_A));
    rig.github.repo("acme/app");
    rig.github.inject(path -> path.startsWith("/repos/"), Fault.SERVER_ERROR);
    assertThat(getRepo().status()).isEqualTo(200);
    assertThat(rig.clock.slept()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    assertThat(rig.connection().metrics().serverErrors()).isEqualTo(1);
  }

  @Test
  void waitsForRetryAfterThenRetriesOnce() throws IOException {
    rig = new GithubRig(List.of(TOKEN_A));
    rig.github.repo("acme/app");
    rig.github.inject(path -> path.startsWith("/repos/"), Fault.SECONDARY_429_RETRY_AFTER);
    assertThat(getRepo().status()).isEqualTo(200);
    assertThat(rig.clock.slept()).isEqualTo(Duration.ofSeconds(30));
    assertThat(rig.github.log()).hasSize(2);
  }

  @Test
  void waitsAtLeastAMinuteOnASecondaryLimitMessageWithoutRetryAfter() throws IOException {
    rig = new GithubRig(List.of(TOKEN_A));
    rig.github.repo("acme/app");
    rig.github.inject(path -> path.startsWith("/repos/"), Fault.SECONDARY_403_MESSAGE);
    rig.github.inject(path -> path.startsWith("/repos/"), Fault.SECONDARY_429_BARE);
    assertThat(getRepo().status()).isEqualTo(200);
    // 60 s after the first, then doubled to 120 s after the second.
    assertThat(rig.clock.slept()).isEqualTo(Duration.ofSeconds(180));
  }

  @Test
  void retriesATimeout() throws IOException {
    rig = new GithubRig(List.of(TOKEN_A));
    rig.github.repo("acme/app");
    rig.github.inject(path -> path.startsWith("/repos/"), Fault.TIMEOUT);
    assertThat(getRepo().status()).isEqualTo(200);
    assertThat(rig.connection().metrics().transportErrors()).isEqualTo(1);
  }

  @Test
  void retriesABodyCutOffMidTransfer() throws IOException {
    rig = new GithubRig(List.of(TOKEN_A));
    rig.github.repo("acme/app");
    rig.github.inject(path -> path.startsWith("/repos/"), Fault.TRUNCATED);
    ApiResponse response = getRepo();
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body().path("full_name").asText()).isEqualTo("acme/app");
  }

  @Test
  void givesUpAfterTheConfiguredAttemptsWithAMessageNamingThePath() throws IOException {
    rig = new GithubRig(List.of(TOKEN_A));
    rig.github.repo("acme/app");
    for (int i = 0; i < 6; i++) {
      rig.github.inject(path -> path.startsWith("/repos/"), Fault.SERVER_ERROR);
    }
    ApiResponse response = getRepo();
    assertThat(response.status()).isEqualTo(502);
    assertThat(GithubApi.error(response)).hasMessageContaining("502").hasMessageContaining("/repos/acme/app");
    assertThat(rig.github.log()).hasSize(6);
  }

  @Test
  void transportErrorsThatNeverStopEndInAnExceptionWithoutTheToken() throws IOException {
    rig = new GithubRig(List.of(TOKEN_A));
    rig.github.dieAfter(0);
    assertThatThrownBy(this::getRepo).isInstanceOf(IOException.class)
        .hasMessageContaining("failed after 6 attempts")
        .satisfies(e -> assertThat(String.valueOf(e)).doesNotContain(TOKEN_A));
  }

  @Test
  void waitsForTheResetInsteadOfProvokingA403() throws IOException {
    rig = new GithubRig(List.of(TOKEN_A));
    rig.github.limit(Bucket.CORE, 3, 600);
    rig.github.repo("acme/app");
    for (int i = 0; i < 7; i++) {
      assertThat(getRepo().status()).isEqualTo(200);
    }
    assertThat(rig.github.rateLimitedAnswers()).isZero();
    assertThat(rig.clock.slept()).isGreaterThanOrEqualTo(Duration.ofSeconds(1200));
  }

  @Test
  void aPrimaryLimitHitDespiteTheGovernorIsWaitedOutAndRetried() throws IOException {
    rig = new GithubRig(List.of(TOKEN_A));
    rig.github.limit(Bucket.CORE, 3, 600);
    rig.github.lieAboutRemaining(true);
    rig.github.repo("acme/app");
    for (int i = 0; i < 4; i++) {
      assertThat(getRepo().status()).isEqualTo(200);
    }
    assertThat(rig.github.rateLimitedAnswers()).isEqualTo(1);
    assertThat(rig.clock.slept()).isGreaterThanOrEqualTo(Duration.ofSeconds(600));
  }

  @Test
  void probeSeedsTheGovernorsFromRateLimit() throws IOException {
    rig = new GithubRig(List.of(TOKEN_A));
    rig.github.limit(Bucket.CODE_SEARCH, 10, 60);
    rig.connection().probeRateLimits();
    assertThat(rig.connection().tokens().slots().getFirst().governor(Bucket.CODE_SEARCH).remaining()).isEqualTo(10);
    assertThat(rig.connection().metrics().requests(Bucket.CORE)).isZero();
  }

  @Test
  void aServerThatClosesEveryConnectionCostsNoRetryAndNoWait() throws IOException {
    rig = new GithubRig(List.of(TOKEN_A));
    rig.github.repo("acme/app");
    rig.github.closeEveryConnection(true);
    for (int i = 0; i < 5; i++) {
      assertThat(getRepo().status()).isEqualTo(200);
    }
    assertThat(rig.connection().metrics().transportErrors()).isZero();
    assertThat(rig.connection().metrics().retries()).isZero();
    assertThat(rig.github.log()).hasSize(5);
  }
}
