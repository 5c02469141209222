package io.csiloop.rest;

import io.csiloop.application.pack.PackNotDue;
import io.csiloop.application.pack.StakeholderPacks;
import io.csiloop.application.pack.StoredPacks;
import io.csiloop.application.process.ProcessNames;
import io.csiloop.kernel.ConcurrentChange;
import io.csiloop.pack.PackPdf;
import io.csiloop.pack.StoredPack;
import io.csiloop.port.IssueRef;
import io.csiloop.port.ProjectAccess;
import io.csiloop.port.UserRef;
import io.csiloop.port.Users;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.Response;

/**
 * The stakeholder packs of an improvement (CSI step 6): producing one (Edit Issues), listing them, and each as
 * HTML, PDF and CSV (Browse Projects). A pack is always served from its stored snapshot, never rendered anew from
 * current data; the PDF is rendered from the stored HTML. The HTML is served with a policy that forbids scripts,
 * so even a failure of escaping could not run anything.
 */
@Path("improvements/{issueIdOrKey}/packs")
public final class PackResource {

    static final String PDF = "application/pdf";
    static final String HTML_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; frame-ancestors 'self'";

    private final Scopes scopes;
    private final Users users;
    private final StakeholderPacks packs;
    private final StoredPacks stored;
    private final ProcessNames names;

    @Inject
    public PackResource(Scopes scopes, Users users, StakeholderPacks packs, StoredPacks stored, ProcessNames names) {
        this.scopes = scopes;
        this.users = users;
        this.packs = packs;
        this.stored = stored;
        this.names = names;
    }

    /** Produces the pack of the improvement's current cycle and records it as step 6's evidence. */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Requires(ProjectAccess.EDIT)
    public Response produce(@PathParam(Scopes.ISSUE) String issue) {
        IssueRef improvement = improvement(issue);
        // AccessFilter let only a logged-in user with Edit Issues through.
        String actor = users.current().map(UserRef::key).orElseThrow();
        StoredPack pack;
        try {
            pack = packs.produce(improvement.id(), actor);
        } catch (PackNotDue early) {
            throw ApiProblem.of(Status.CONFLICT, Keys.PACK_NOT_DUE, improvement.key(), improvement.status());
        } catch (ConcurrentChange raced) {
            throw ApiProblem.of(Status.CONFLICT, Keys.CONFLICT, "stakeholder pack");
        }
        return Response.status(Status.CREATED).entity(PackDto.of(pack)).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Requires(ProjectAccess.BROWSE)
    public PackDto.ListDto list(@PathParam(Scopes.ISSUE) String issue) {
        return new PackDto.ListDto(stored.ofImprovement(improvement(issue).id()).stream().map(PackDto::of).toList());
    }

    @GET
    @Path("{packId}/html")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Requires(ProjectAccess.BROWSE)
    public Response html(@PathParam(Scopes.ISSUE) String issue, @PathParam("packId") String packId) {
        return Response.ok(pack(issue, packId).html()).header("Content-Security-Policy", HTML_POLICY)
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @GET
    @Path("{packId}/pdf")
    @Produces(PDF)
    @Requires(ProjectAccess.BROWSE)
    public Response pdf(@PathParam(Scopes.ISSUE) String issue, @PathParam("packId") String packId) {
        StoredPack pack = pack(issue, packId);
        return Response.ok(new PackPdf().render(pack.html()))
                .header("Content-Disposition", "attachment; filename=\"stakeholder-pack-" + pack.id() + ".pdf\"").build();
    }

    @GET
    @Path("{packId}/csv")
    @Produces(CsvResource.TEXT_CSV + ";charset=UTF-8")
    @Requires(ProjectAccess.BROWSE)
    public Response csv(@PathParam(Scopes.ISSUE) String issue, @PathParam("packId") String packId) {
        StoredPack pack = pack(issue, packId);
        return Response.ok(pack.csv())
                .header("Content-Disposition", "attachment; filename=\"stakeholder-pack-" + pack.id() + ".csv\"").build();
    }

    /** The improvement of the path: another issue type has no packs (404, as for an unknown pack). */
    private IssueRef improvement(String issue) {
        IssueRef ref = scopes.issue(issue);
        if (!names.isImprovement(ref)) {
            throw ApiProblem.of(Status.NOT_FOUND, Keys.NOT_FOUND, "improvement", ref.key());
        }
        return ref;
    }

    /** The pack, only if it belongs to the improvement of the path, so the project check covers it. */
    private StoredPack pack(String issue, String packId) {
        IssueRef improvement = improvement(issue);
        return PathIds.parse(packId).flatMap(id -> stored.find(improvement.id(), id))
                .orElseThrow(() -> ApiProblem.of(Status.NOT_FOUND, Keys.NOT_FOUND, "pack", packId));
    }
}
