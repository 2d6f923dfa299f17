import {
  NodeOperationError,
  type INodeProperties,
  type IPollFunctions,
} from "n8n-workflow";
import {
  finishedEventOf,
  taskFamilies,
  type TaskFamily,
} from "../shared/families";
import type { EmitOn, PollPlan } from "./poll";
import {
  accountSource,
  boardSource,
  parseTaskIds,
  taskListSource,
} from "./sources";
import { downloadOptionsField, emitOnField } from "./fields";

const familyEvents = taskFamilies.map((family) => finishedEventOf(family));
/** Families whose charges the credit log names (a documented taskType) can be watched account-wide. */
const accountWatchable = taskFamilies.filter((family) => family.taskType);
const accountEvents = accountWatchable.map((family) => finishedEventOf(family));
const taskIdOnlyEvents = familyEvents.filter(
  (event) => !accountEvents.includes(event),
);

const noAccountWatch =
  "Topview's credit log documents no task type for this kind of task, so it cannot be watched account-wide: list its task IDs below, or file the tasks in a board and use Board Task Finished.";

/** What an event's item holds, so the description adds to the name: the query path and the file field. */
function eventDescription(family: TaskFamily): string {
  const files = family.resultUrls?.length
    ? `, with ${family.resultUrls[0]}`
    : "";
  return `Emits the task as ${family.queryPath} returns it${files}`;
}

export const triggerProperties: INodeProperties[] = [
  {
    displayName: "Event",
    name: "event",
    type: "options",
    noDataExpression: true,
    options: [
      {
        name: "Board Task Finished",
        value: "boardTaskFinished",
        description: "Any task of any kind filed in a Topview board finished",
      },
      ...taskFamilies.map((family) => ({
        name: `${family.label} Task Finished`,
        value: finishedEventOf(family),
        description: eventDescription(family),
      })),
    ].sort((a, b) => a.name.localeCompare(b.name)),
    default: "videoAvatarTaskFinished",
  },
  {
    displayName: "Watch",
    name: "watch",
    type: "options",
    noDataExpression: true,
    options: [
      {
        name: "All Tasks on the Account",
        value: "account",
        description: "New tasks in the account's credit log",
        displayOptions: { show: { event: accountEvents } },
      },
      {
        name: "Specific Tasks",
        value: "taskIds",
        description: "The task IDs you list",
      },
    ],
    default: "taskIds",
    displayOptions: { show: { event: familyEvents } },
  },
  {
    displayName:
      "Tasks appear in the credit log once Topview charges them, so they are found when (nearly) done, and failed tasks, which are not charged, may never appear. The first activation records the log as it is and emits nothing from it. For failures, watch Specific Tasks or a board.",
    name: "accountNotice",
    type: "notice",
    default: "",
    displayOptions: { show: { event: accountEvents, watch: ["account"] } },
  },
  {
    displayName: noAccountWatch,
    name: "noAccountWatchNotice",
    type: "notice",
    default: "",
    displayOptions: { show: { event: taskIdOnlyEvents } },
  },
  {
    displayName: "Task IDs",
    name: "taskIds",
    type: "string",
    required: true,
    default: "",
    placeholder: "e.g. 7d9c1f0a2b3e, 8e0d2a1b3c4f",
    description:
      "Task IDs separated by commas, spaces or new lines, or an expression giving an array. Editing the list starts or stops watching; nothing is emitted twice.",
    displayOptions: { show: { event: familyEvents, watch: ["taskIds"] } },
  },
  {
    displayName: "Board",
    name: "boardId",
    type: "resourceLocator",
    required: true,
    default: { mode: "list", value: "" },
    description: "The Topview board whose tasks to watch",
    displayOptions: { show: { event: ["boardTaskFinished"] } },
    modes: [
      {
        displayName: "From List",
        name: "list",
        type: "list",
        typeOptions: { searchListMethod: "searchBoards", searchable: true },
      },
      {
        displayName: "ID",
        name: "id",
        type: "string",
        placeholder: "e.g. 1234567890",
      },
    ],
  },
  emitOnField,
  downloadOptionsField,
];

/** Reads the trigger's parameters into the source and filters one poll runs with. */
export function planFor(context: IPollFunctions): PollPlan {
  const event = context.getNodeParameter("event") as string;
  const emitOn = context.getNodeParameter("emitOn", "both") as EmitOn;
  const options = context.getNodeParameter("options", {}) as {
    downloadResult?: boolean;
    binaryPropertyName?: string;
  };
  if (event === "boardTaskFinished") {
    const boardId = context.getNodeParameter("boardId", "", {
      extractValue: true,
    }) as string;
    if (!boardId) {
      throw new NodeOperationError(context.getNode(), "Board is empty", {
        description: "Pick the Topview board to watch, or enter its ID.",
      });
    }
    return { event, emitOn, source: boardSource(boardId) };
  }
  const family = taskFamilies.find(
    (candidate) => finishedEventOf(candidate) === event,
  );
  if (!family)
    throw new NodeOperationError(context.getNode(), `Unknown event "${event}"`);
  const download = options.downloadResult
    ? { binaryPropertyName: options.binaryPropertyName || "data" }
    : undefined;
  const watchMode = context.getNodeParameter("watch", "taskIds") as string;
  if (watchMode === "account") {
    if (!family.taskType) {
      throw new NodeOperationError(
        context.getNode(),
        `${family.label} tasks cannot be watched account-wide`,
        {
          description: noAccountWatch,
        },
      );
    }
    return { event, emitOn, family, download, source: accountSource(family) };
  }
  const taskIds = parseTaskIds(context.getNodeParameter("taskIds", ""));
  if (!taskIds.length) {
    throw new NodeOperationError(context.getNode(), "Task IDs is empty", {
      description:
        'List the task IDs to watch, separated by commas, spaces or new lines, or choose "All Tasks on the Account".',
    });
  }
  return {
    event,
    emitOn,
    family,
    download,
    source: taskListSource(family, taskIds),
  };
}
