package be.groupsetup.adapters.web;

import be.groupsetup.domain.csam.CsamStep;
import be.groupsetup.presentation.text.Messages;
import be.groupsetup.presentation.view.GroupListDocument;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The groups page: every group of the storage, one line each, and the damaged documents apart. */
@RestController
public class GroupsController {

    private final WebPorts ports;
    private final Texts texts;
    private final Pages pages;

    public GroupsController(WebPorts ports, Texts texts, Pages pages) {
        this.ports = ports;
        this.texts = texts;
        this.pages = pages;
    }

    @GetMapping("/")
    public ResponseEntity<String> groups(HttpServletRequest request) {
        Texts.InLanguage language = texts.of(request);
        Messages messages = language.messages();
        List<Map<String, Object>> listed = new ArrayList<>();
        List<Map<String, Object>> damaged = new ArrayList<>();
        for (GroupListDocument.Line line : language.documents().list(ports.groups().list()).groups()) {
            if (line instanceof GroupListDocument.Listed group) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("group", group.group());
                row.put("company", group.company());
                row.put("complete", yesNo(messages, group.complete()));
                row.put("progress", messages.text("web.groups.progress", group.progress(), CsamStep.REQUIRED_STEPS));
                row.put("ready", yesNo(messages, group.ready()));
                row.put("openWarnings", group.openWarnings());
                listed.add(row);
            } else {
                GroupListDocument.Damaged entry = (GroupListDocument.Damaged) line;
                damaged.add(Map.of("line", messages.text("list.damaged", entry.group(), entry.reason())));
            }
        }
        Map<String, Object> page = Layout.page(request, language, messages.text("web.groups.title"));
        page.put("groups", listed);
        page.put("none", listed.isEmpty() && damaged.isEmpty());
        page.put("damaged", damaged);
        page.put("columns", Map.of("group", messages.text("web.groups.number"),
                "company", messages.text("web.groups.company"), "complete", messages.text("web.groups.complete"),
                "csam", messages.text("web.groups.csam"), "ready", messages.text("web.groups.ready"),
                "warnings", messages.text("web.groups.warnings")));
        page.put("empty", messages.text("web.groups.empty"));
        return Pages.html(org.springframework.http.HttpStatus.OK, pages.render("groups", page));
    }

    private static String yesNo(Messages messages, boolean value) {
        return messages.text(value ? "list.yes" : "list.no");
    }
}
