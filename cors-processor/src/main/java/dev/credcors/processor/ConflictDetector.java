package dev.credcors.processor;

import dev.credcors.policy.Message;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code conflicting-policies} rule across every resource of the compilation: two different
 * policies for the same HTTP method on the same path template leave a preflight, which names only a
 * path and a method, without one answer. Only a full build sees every resource; the runtime repeats
 * the check at start-up.
 */
final class ConflictDetector {

  /**
   * One governed endpoint, remembered by name across rounds (javac elements are not meant to
   * outlive their round).
   *
   * @param owner where the policy is written: {@code com.x.Items} or {@code
   *     com.x.Items.delete(long)}
   * @param policyMethod the {@code javaMethod} key of the method carrying the policy, or null for a
   *     class-level policy
   */
  record Claim(
      String resourceName,
      String owner,
      String policyMethod,
      String httpMethod,
      String pathTemplate,
      String normalizedPath,
      List<Object> policy) {}

  /** Both sides of one conflict, each with the message to report on its annotation. */
  record Conflict(Claim claim, String text) {}

  private final Map<String, List<Claim>> claimsByRoute = new HashMap<>();
  private final Set<List<String>> reported = new HashSet<>();

  /** Records {@code claims} and returns the conflicts they introduce, two per conflicting pair. */
  List<Conflict> add(List<Claim> claims) {
    List<Conflict> conflicts = new ArrayList<>();
    for (Claim claim : claims) {
      String route = claim.httpMethod() + " " + claim.normalizedPath();
      List<Claim> existing = claimsByRoute.computeIfAbsent(route, r -> new ArrayList<>());
      for (Claim other : existing) {
        if (!other.policy().equals(claim.policy())
            && reported.add(List.of(claim.owner(), other.owner(), route))
            && reported.add(List.of(other.owner(), claim.owner(), route))) {
          conflicts.add(new Conflict(claim, text(claim, other)));
          conflicts.add(new Conflict(other, text(other, claim)));
        }
      }
      existing.add(claim);
    }
    return conflicts;
  }

  private static String text(Claim claim, Claim other) {
    return Message.CONFLICTING_POLICIES.format(
        claim.owner(), other.owner(), claim.httpMethod(), claim.pathTemplate());
  }
}
