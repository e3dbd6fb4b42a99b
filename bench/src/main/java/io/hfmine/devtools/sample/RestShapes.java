package io.hfmine.devtools.sample;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * Builds GitHub REST objects (users, labels, repositories, issues, comments) in the exact field
 * order and shape the API returns, so the sample parses like live answers.
 */
final class RestShapes {
  static final String API = "https://api.github.com";
  static final String WEB = "https://github.com";
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** GitHub's default labels with their colours and descriptions, plus two common custom ones. */
  private static final Map<String, String[]> LABELS = Map.ofEntries(
      Map.entry("bug", new String[] {"d73a4a", "Something isn't working", "true"}),
      Map.entry("documentation", new String[] {"0075ca", "Improvements or additions to documentation", "true"}),
      Map.entry("duplicate", new String[] {"cfd3d7", "This issue or pull request already exists", "true"}),
      Map.entry("enhancement", new String[] {"a2eeef", "New feature or request", "true"}),
      Map.entry("good first issue", new String[] {"7057ff", "Good for newcomers", "true"}),
      Map.entry("help wanted", new String[] {"008672", "Extra attention is needed", "true"}),
      Map.entry("question", new String[] {"d876e3", "Further information is requested", "true"}),
      Map.entry("wontfix", new String[] {"ffffff", "This will not be worked on", "true"}),
      Map.entry("dependencies", new String[] {"0366d6", "Pull requests that update a dependency file", "false"}),
      Map.entry("stale", new String[] {"ededed", null, "false"}));

  private static final Map<String, String[]> LICENSES = Map.of(
      "mit", new String[] {"MIT License", "MIT", "MDc6TGljZW5zZTEz"},
      "apache-2.0", new String[] {"Apache License 2.0", "Apache-2.0", "MDc6TGljZW5zZTI="},
      "gpl-3.0", new String[] {"GNU General Public License v3.0", "GPL-3.0", "MDc6TGljZW5zZTk="},
      "agpl-3.0", new String[] {"GNU Affero General Public License v3.0", "AGPL-3.0", "MDc6TGljZW5zZTA="},
      "bsd-3-clause", new String[] {"BSD 3-Clause \"New\" or \"Revised\" License", "BSD-3-Clause", "MDc6TGljZW5zZTU="},
      "cc0-1.0", new String[] {"Creative Commons Zero v1.0 Universal", "CC0-1.0", "MDc6TGljZW5zZTY="});

  private RestShapes() {
  }

  static String nodeId(String typeTag, long id) {
    return Base64.getEncoder().encodeToString((typeTag + id).getBytes(StandardCharsets.US_ASCII));
  }

  /** A stable id for a login, so the same person has the same id in every file. */
  static long userId(String login) {
    if (login.equals("dependabot[bot]")) {
      return 49699333L;
    }
    return 1_200_000L + Math.floorMod(login.hashCode() * 2654435761L, 148_000_000L);
  }

  static String licenseName(String key) {
    return key == null ? "no license" : LICENSES.get(key)[0];
  }

  static ObjectNode user(String login, String type) {
    long id = userId(login);
    boolean bot = type.equals("Bot");
    String path = URLEncoder.encode(login, StandardCharsets.UTF_8);
    String api = API + "/users/" + path;
    ObjectNode user = JSON.objectNode();
    user.put("login", login);
    user.put("id", id);
    user.put("node_id", bot ? "MDM6Qm90NDk2OTkzMzM=" : nodeId(type.equals("Organization") ? "012:Organization" : "04:User", id));
    user.put("avatar_url", bot ? "https://avatars.githubusercontent.com/in/29110?v=4"
        : "https://avatars.githubusercontent.com/u/" + id + "?v=4");
    user.put("gravatar_id", "");
    user.put("url", api);
    user.put("html_url", bot ? WEB + "/apps/dependabot" : WEB + "/" + login);
    user.put("followers_url", api + "/followers");
    user.put("following_url", api + "/following{/other_user}");
    user.put("gists_url", api + "/gists{/gist_id}");
    user.put("starred_url", api + "/starred{/owner}{/repo}");
    user.put("subscriptions_url", api + "/subscriptions");
    user.put("organizations_url", api + "/orgs");
    user.put("repos_url", api + "/repos");
    user.put("events_url", api + "/events{/privacy}");
    user.put("received_events_url", api + "/received_events");
    user.put("type", type);
    user.put("user_view_type", "public");
    user.put("site_admin", false);
    return user;
  }

  static ObjectNode label(String repo, String name) {
    String[] facts = LABELS.get(name);
    if (facts == null) {
      throw new IllegalArgumentException("no colour for label " + name);
    }
    long id = 4_000_000_000L + Math.floorMod((repo + "#" + name).hashCode(), 2_000_000_000L);
    ObjectNode label = JSON.objectNode();
    label.put("id", id);
    label.put("node_id", "LA_kwDO" + Base64.getEncoder().withoutPadding()
        .encodeToString(Long.toString(id).getBytes(StandardCharsets.US_ASCII)).substring(0, 14));
    label.put("url", API + "/repos/" + repo + "/labels/" + name.replace(" ", "%20"));
    label.put("name", name);
    label.put("color", facts[0]);
    label.put("default", Boolean.parseBoolean(facts[2]));
    label.put("description", facts[1]);
    return label;
  }

  static ObjectNode reactions(String url, int plusOne, int heart, int eyes) {
    ObjectNode reactions = JSON.objectNode();
    reactions.put("url", url + "/reactions");
    reactions.put("total_count", plusOne + heart + eyes);
    reactions.put("+1", plusOne);
    reactions.put("-1", 0);
    reactions.put("laugh", 0);
    reactions.put("hooray", 0);
    reactions.put("confused", 0);
    reactions.put("heart", heart);
    reactions.put("rocket", 0);
    reactions.put("eyes", eyes);
    return reactions;
  }

  /** The repository object of {@code GET /repos/{owner}/{repo}}; {@code parent} is set for forks. */
  static ObjectNode repository(SampleSources.RepositoryRow row, long id, int openIssues, String updatedAt,
      ObjectNode parent) {
    String full = row.fullName();
    String api = API + "/repos/" + full;
    ObjectNode repo = JSON.objectNode();
    repo.put("id", id);
    repo.put("node_id", nodeId("010:Repository", id));
    repo.put("name", row.name());
    repo.put("full_name", full);
    repo.put("private", false);
    repo.set("owner", user(row.owner(), row.ownerType()));
    repo.put("html_url", WEB + "/" + full);
    repo.put("description", row.description());
    repo.put("fork", row.forkOf() != null);
    repo.put("url", api);
    for (String[] link : new String[][] {
        {"forks_url", "/forks"}, {"keys_url", "/keys{/key_id}"}, {"collaborators_url", "/collaborators{/collaborator}"},
        {"teams_url", "/teams"}, {"hooks_url", "/hooks"}, {"issue_events_url", "/issues/events{/number}"},
        {"events_url", "/events"}, {"assignees_url", "/assignees{/user}"}, {"branches_url", "/branches{/branch}"},
        {"tags_url", "/tags"}, {"blobs_url", "/git/blobs{/sha}"}, {"git_tags_url", "/git/tags{/sha}"},
        {"git_refs_url", "/git/refs{/sha}"}, {"trees_url", "/git/trees{/sha}"}, {"statuses_url", "/statuses/{sha}"},
        {"languages_url", "/languages"}, {"stargazers_url", "/stargazers"}, {"contributors_url", "/contributors"},
        {"subscribers_url", "/subscribers"}, {"subscription_url", "/subscription"}, {"commits_url", "/commits{/sha}"},
        {"git_commits_url", "/git/commits{/sha}"}, {"comments_url", "/comments{/number}"},
        {"issue_comment_url", "/issues/comments{/number}"}, {"contents_url", "/contents/{+path}"},
        {"compare_url", "/compare/{base}...{head}"}, {"merges_url", "/merges"}, {"archive_url", "/{archive_format}{/ref}"},
        {"downloads_url", "/downloads"}, {"issues_url", "/issues{/number}"}, {"pulls_url", "/pulls{/number}"},
        {"milestones_url", "/milestones{/number}"}, {"notifications_url", "/notifications{?since,all,participating}"},
        {"labels_url", "/labels{/name}"}, {"releases_url", "/releases{/id}"}, {"deployments_url", "/deployments"}}) {
      repo.put(link[0], api + link[1]);
    }
    repo.put("created_at", row.created());
    repo.put("updated_at", updatedAt);
    repo.put("pushed_at", row.pushed());
    repo.put("git_url", "git://github.com/" + full + ".git");
    repo.put("ssh_url", "git@github.com:" + full + ".git");
    repo.put("clone_url", WEB + "/" + full + ".git");
    repo.put("svn_url", WEB + "/" + full);
    repo.put("homepage", row.homepage());
    repo.put("size", row.size());
    repo.put("stargazers_count", row.stars());
    repo.put("watchers_count", row.stars());
    repo.put("language", row.language());
    repo.put("has_issues", row.forkOf() == null);
    repo.put("has_projects", true);
    repo.put("has_downloads", true);
    repo.put("has_wiki", row.forkOf() == null);
    repo.put("has_pages", false);
    repo.put("has_discussions", row.stars() > 2000);
    repo.put("forks_count", row.forks());
    repo.putNull("mirror_url");
    repo.put("archived", Boolean.TRUE.equals(row.archived()));
    repo.put("disabled", false);
    repo.put("open_issues_count", openIssues);
    if (row.license() == null) {
      repo.putNull("license");
    } else {
      String[] facts = LICENSES.get(row.license());
      ObjectNode license = repo.putObject("license");
      license.put("key", row.license());
      license.put("name", facts[0]);
      license.put("spdx_id", facts[1]);
      license.put("url", API + "/licenses/" + row.license());
      license.put("node_id", facts[2]);
    }
    repo.put("allow_forking", true);
    repo.put("is_template", false);
    repo.put("web_commit_signoff_required", false);
    ArrayNode topics = repo.putArray("topics");
    row.topics().forEach(topics::add);
    repo.put("visibility", "public");
    repo.put("forks", row.forks());
    repo.put("open_issues", openIssues);
    repo.put("watchers", row.stars());
    repo.put("default_branch", row.language() != null && row.language().equals("Java") ? "master" : "main");
    if (parent != null) {
      repo.set("parent", parent);
      repo.set("source", parent);
    }
    repo.put("network_count", parent != null ? parent.get("forks_count").asInt() : row.forks());
    repo.put("subscribers_count", row.subscribers());
    return repo;
  }
}
