package uk.staffcareers.platform;

import java.util.List;
import java.util.function.Supplier;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.ext.Providers;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.query.Query;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.sub.runtime.impl.FilterResourceImpl;
import org.camunda.bpm.engine.rest.util.ProvidersUtil;
import org.camunda.bpm.engine.task.TaskQuery;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A filter's list of tasks ("My tasks", a school's open tasks), Tasklist's most frequent request, with the filter read
 * once. Camunda's own resource reads the filter and checks the person may read it three times per request (to read the
 * request's query, to list, to count), each in a transaction of its own, and counts again what a first page that is
 * not full already shows; that made the request cost twice the same list asked of the task API (issue 19). Here one
 * transaction reads and checks the filter once, lists, and counts only when the page is full. The answer, its errors
 * and what a person may see are Camunda's: everything else is its {@link FilterResourceImpl}. Registered by
 * {@link CamundaRestRules} at the paths of Camunda's list, which it takes over because its path is the longer match.
 */
public abstract class FilterListInOneRead {

    @Context
    private Providers providers;

    @PathParam("id")
    private String filterId;

    /** The engine, as Camunda names it on the path ({@code null}: the default engine). */
    abstract String engineName();

    @GET
    @Produces({MediaType.APPLICATION_JSON, Hal.APPLICATION_HAL_JSON})
    public Object list(@Context Request request, @QueryParam("firstResult") Integer firstResult,
            @QueryParam("maxResults") Integer maxResults) {
        return filter().executeList(request, firstResult, maxResults);
    }

    @POST
    @Produces({MediaType.APPLICATION_JSON, Hal.APPLICATION_HAL_JSON})
    @Consumes(MediaType.APPLICATION_JSON)
    public Object list(@Context Request request, String extendingQuery, @QueryParam("firstResult") Integer firstResult,
            @QueryParam("maxResults") Integer maxResults) {
        return filter().queryList(request, extendingQuery, firstResult, maxResults);
    }

    private OneReadFilter filter() {
        ObjectMapper json = ProvidersUtil.resolveFromContext(providers, ObjectMapper.class, MediaType.APPLICATION_JSON_TYPE, getClass());
        return new OneReadFilter(engineName(), json, filterId);
    }

    /** At /engine-rest: the default engine. */
    @Path("/filter/{id}/list")
    public static class OfDefaultEngine extends FilterListInOneRead {
        @Override
        String engineName() {
            return null;
        }
    }

    /** At /engine-rest/engine/{name} and where Tasklist calls it, /camunda/api/engine/engine/{name}. */
    @Path("/engine/{name}/filter/{id}/list")
    public static class OfNamedEngine extends FilterListInOneRead {

        @PathParam("name")
        private String engine;

        @Override
        String engineName() {
            return engine;
        }
    }

    /** Camunda's filter resource, whose list runs in one transaction on the filter it read first. */
    static final class OneReadFilter extends FilterResourceImpl {

        /** The number of all the filter's tasks, when the list showed them all. */
        private Long countOfAll;

        OneReadFilter(String engineName, ObjectMapper json, String filterId) {
            // No root path: Camunda's resource uses it only for the links of OPTIONS on the filter, not served here.
            super(engineName, json, filterId, null);
        }

        @Override
        public Object executeList(Request request, Integer firstResult, Integer maxResults) {
            return inOneTransaction(() -> super.executeList(request, firstResult, maxResults));
        }

        @Override
        public Object queryList(Request request, String extendingQuery, Integer firstResult, Integer maxResults) {
            return inOneTransaction(() -> super.queryList(request, extendingQuery, firstResult, maxResults));
        }

        @Override
        protected List<?> executeFilterList(String extendingQuery, Integer firstResult, Integer maxResults) {
            AbstractQuery<?, ?> query = filterQuery(extendingQuery);
            query.enableMaxResultsLimit();
            List<?> page = firstResult == null && maxResults == null ? query.list()
                    : query.listPage(firstResult == null ? 0 : firstResult, maxResults == null ? Integer.MAX_VALUE : maxResults);
            boolean firstPage = firstResult == null || firstResult == 0;
            if (firstPage && (maxResults == null || page.size() < maxResults)) {
                countOfAll = (long) page.size();
            }
            return page;
        }

        @Override
        protected long executeFilterCount(String extendingQuery) {
            return countOfAll != null ? countOfAll : filterQuery(extendingQuery).count();
        }

        /** The filter's query, extended by the request's, as Camunda's filter commands make it. */
        private AbstractQuery<?, ?> filterQuery(String extendingQuery) {
            Filter filter = getDbFilter();
            Query<?, ?> extending = convertQuery(extendingQuery);
            if (extending != null) {
                try {
                    ((AbstractQuery<?, ?>) extending).validate();
                } catch (NotValidException e) {
                    throw invalidQuery(e);
                }
                filter = filter.extend(extending);
            }
            Query<?, ?> query = filter.getQuery();
            if (query instanceof TaskQuery tasks) {
                tasks.initializeFormKeys();
            }
            return (AbstractQuery<?, ?>) query;
        }

        /**
         * Camunda's service calls inside join this one transaction (and its cache, where the filter read first is
         * found again). A refusal of the REST layer (unknown filter, invalid query) leaves it as an answer, not as a
         * failed transaction the engine would log as an error.
         */
        private Object inOneTransaction(Supplier<Object> list) {
            ProcessEngine engine = getProcessEngine();
            Object answer = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                    .execute(context -> {
                        try {
                            return list.get();
                        } catch (RestException refused) {
                            return refused;
                        }
                    });
            if (answer instanceof RestException refused) {
                throw refused;
            }
            return answer;
        }
    }
}
