package io.segsync.sandbox.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The operations the sandbox serves; each API area registers its own. */
public final class RouteTable {
    private final List<Route> routes = new ArrayList<>();

    /** Adds an operation every plan may read. */
    public RouteTable get(String operationId, String template, ApiVersion version, Route.Handler handler) {
        routes.add(new Route(operationId, template, version, false, handler));
        return this;
    }

    /** Adds an operation only Business-plan workspaces may read (Team plans get 403). */
    public RouteTable business(String operationId, String template, ApiVersion version, Route.Handler handler) {
        routes.add(new Route(operationId, template, version, true, handler));
        return this;
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    public record Match(Route route, Map<String, String> params) {}

    public Optional<Match> match(String path) {
        return routes.stream()
                .sorted(Comparator.comparingInt(Route::specificity).reversed())
                .map(r -> r.match(path).map(p -> new Match(r, p)))
                .flatMap(Optional::stream)
                .findFirst();
    }
}
