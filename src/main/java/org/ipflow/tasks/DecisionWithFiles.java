package org.ipflow.tasks;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.ipflow.application.DecisionFiles;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * A task completed on its page together with the files attached to its decision: one transaction, so a
 * refused file leaves the task open and nothing stored.
 */
@Service
class DecisionWithFiles {

    private final TaskCompletion completion;
    private final DecisionFiles files;

    DecisionWithFiles(TaskCompletion completion, DecisionFiles files) {
        this.completion = completion;
        this.files = files;
    }

    @Transactional
    void complete(Authentication user, WorkItem item, Map<String, Object> data, List<DecisionFiles.Upload> uploads) {
        completion.complete(user, item.id(), data);
        files.attach(user, item.application().id(), item.id(), uploads);
    }

    /** The files chosen in the form's file field; a field left empty sends one nameless empty part. */
    static List<DecisionFiles.Upload> uploads(HttpServletRequest request) {
        // Security's wrappers sit around the multipart request (MockMvc's, or a resolver's run before them).
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart == null) {
            return List.of();
        }
        return multipart.getFiles(DecisionFiles.FIELD).stream()
                .filter(f -> !f.isEmpty() || (f.getOriginalFilename() != null && !f.getOriginalFilename().isEmpty()))
                .map(DecisionWithFiles::upload).toList();
    }

    private static DecisionFiles.Upload upload(MultipartFile file) {
        try {
            return new DecisionFiles.Upload(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
